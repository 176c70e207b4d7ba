package io.sharkfin.ioc;

/**
 * What every section needs to report: when the capture started (relative times) and the scope
 * of the run (put in front of every filter so it selects the same frames the analysis saw).
 */
public record ReportContext(long captureStart, String scope) {

    /** The filter, restricted to the scope. */
    public String filter(String f) {
        return FilterText.scoped(scope, f);
    }

    public io.sharkfin.ioc.report.EvidenceReport evidence(Evidence e, String filter) {
        return e.report(filter(filter), captureStart);
    }
}
