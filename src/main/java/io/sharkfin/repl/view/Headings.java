package io.sharkfin.repl.view;

/** Wording shared by the statistics headings. */
final class Headings {
    private Headings() {
    }

    /** " over frames matching 'f'", or "" for every frame. */
    static String scope(String filter) {
        return filter == null || filter.isBlank() ? "" : " over frames matching '" + filter + "'";
    }
}
