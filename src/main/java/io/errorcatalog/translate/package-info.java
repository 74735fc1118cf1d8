/**
 * The translator round trip: a catalog's texts exported for translation as XLIFF 1.2, one file per catalog
 * and target locale ({@link io.errorcatalog.translate.TranslationExport}), and the translated files imported
 * back into the file of translations beside each catalog ({@link io.errorcatalog.translate.TranslationImport}).
 * Both take catalogs already loaded and checked, and know nothing of Maven, so the goals and a CLI share them.
 */
package io.errorcatalog.translate;
