(function () {
  'use strict';
  var box = document.querySelector('[data-filter]');
  var table = document.querySelector('table[data-codes]');
  if (!box || !table || !table.tBodies.length) {
    return;
  }
  var input = box.querySelector('input');
  var count = box.querySelector('output');
  var none = document.querySelector('[data-no-match]');
  var rows = table.tBodies[0].rows;
  var template = count.getAttribute('data-template');
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var text = (rows[i].getAttribute('data-search') || '').toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) >= 0; });
      rows[i].hidden = !match;
      shown += match ? 1 : 0;
    }
    count.textContent = template.split('{shown}').join(String(shown)).split('{total}').join(String(rows.length));
    none.hidden = shown > 0;
  }
  input.addEventListener('input', apply);
  box.hidden = false;
  apply();
})();
