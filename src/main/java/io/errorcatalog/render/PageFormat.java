package io.errorcatalog.render;

/**
 * The formats of the reference pages, and how each escapes what a page shows: catalog text must stay text in
 * either, whatever it holds.
 */
enum PageFormat {
    /** One self-contained HTML file: no request leaves it, its style and script are inside. */
    HTML("reference.html.mustache", DocsFormat.HTML) {
        @Override
        String text(String text) {
            return Escapes.html(text);
        }

        @Override
        String code(String code) {
            return "<code>" + Escapes.html(code) + "</code>";
        }

        @Override
        String cellCode(String code) {
            return "<code>" + Escapes.htmlBreakingAfterSeparators(code) + "</code>";
        }

        @Override
        String block(String code) {
            return Escapes.html(code);
        }
    },
    /** CommonMark with GitHub's tables. */
    MARKDOWN("reference.md.mustache", DocsFormat.MARKDOWN) {
        @Override
        String text(String text) {
            return Escapes.markdown(text);
        }

        @Override
        String code(String code) {
            return Escapes.markdownCode(code);
        }

        @Override
        String cellCode(String code) {
            return Escapes.markdownCellCode(code);
        }

        @Override
        String block(String code) {
            return code;
        }
    };

    private final String template;
    private final DocsFormat files;

    PageFormat(String template, DocsFormat files) {
        this.template = template;
        this.files = files;
    }

    String template() {
        return template;
    }

    /** The kind of reference whose files the pages are. */
    DocsFormat files() {
        return files;
    }

    /** Text as the format shows it. */
    abstract String text(String text);

    /** Text shown as code, its markup included. */
    abstract String code(String code);

    /** Text shown as code in a cell of a table, where a long code may have to wrap. */
    abstract String cellCode(String code);

    /** The content of a code block, such as an example body: in Markdown inside a fence from {@link Escapes#markdownFence}. */
    abstract String block(String code);

    /** An attribute value (an id, a language) in either format: Markdown holds HTML for anchors. */
    String attribute(String value) {
        return Escapes.html(value);
    }
}
