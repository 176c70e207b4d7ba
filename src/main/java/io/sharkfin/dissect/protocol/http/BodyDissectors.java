package io.sharkfin.dissect.protocol.http;

import io.sharkfin.dissect.Dissector;
import io.sharkfin.dissect.Dissectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who dissects an HTTP body (Wireshark's {@code media_type} table and HTTP's heuristic list), as
 * far as sharkfin has those dissectors: line-based text, XML, JSON, URL-encoded forms, PNG, GIF,
 * JPEG and {@code application/octet-stream} (data), plus the handles other protocols register
 * for their media types ({@link #register}: OCSP's request and response, MIME multipart's
 * types). Media types registered in Wireshark by dissectors sharkfin lacks (CMS, ...) fall back
 * to {@code media}.
 */
final class BodyDissectors {
    private static final String[] TEXT_LINES = {
        "text/plain", "text/richtext", "text/enriched", "text/parameters", "text/html",
        "text/xml-external-parsed-entity", "text/css", "application/xml-external-parsed-entity",
        "text/javascript", "application/x-javascript", "application/x-tia-p25-issi",
        "application/x-tia-p25-sndcp", "application/x-ns-proxy-autoconfig",
        "text/vnd.sun.j2me.app-descriptor", "application/vnd.poc.refer-to", "application/vnd.drm.message",
        "application/x-wms-logplaystats", "application/x-rtsp-udp-packetpair",
    };
    private static final String[] XML = {
        "text/xml", "text/vnd.wap.wml", "text/vnd.wap.si", "text/vnd.wap.sl", "text/vnd.wap.co",
        "text/vnd.wap.emn", "application/3gpp-ims+xml", "application/atom+xml", "application/auth-policy+xml",
        "application/ccmp+xml", "application/conference-info+xml", "application/cpim-pidf+xml",
        "application/cpl+xml", "application/dds-web+xml", "application/im-iscomposing+xml",
        "application/load-control+xml", "application/mathml+xml", "application/media_control+xml",
        "application/note+xml", "application/pidf+xml", "application/pidf-diff+xml",
        "application/poc-settings+xml", "application/rdf+xml", "application/reginfo+xml",
        "application/resource-lists+xml", "application/rlmi+xml", "application/rls-services+xml",
        "application/rss+xml", "application/rs-metadata+xml", "application/smil",
        "application/simple-filter+xml", "application/simple-message-summary+xml", "application/simservs+xml",
        "application/soap+xml", "application/vnd.etsi.aoc+xml", "application/vnd.etsi.cug+xml",
        "application/vnd.etsi.iptvcommand+xml", "application/vnd.etsi.iptvdiscovery+xml",
        "application/vnd.etsi.iptvprofile+xml", "application/vnd.etsi.iptvsad-bc+xml",
        "application/vnd.etsi.iptvsad-cod+xml", "application/vnd.etsi.iptvsad-npvr+xml",
        "application/vnd.etsi.iptvservice+xml", "application/vnd.etsi.iptvsync+xml",
        "application/vnd.etsi.iptvueprofile+xml", "application/vnd.etsi.mcid+xml",
        "application/vnd.etsi.overload-control-policy-dataset+xml", "application/vnd.etsi.pstn+xml",
        "application/vnd.etsi.sci+xml", "application/vnd.etsi.simservs+xml", "application/vnd.etsi.tsl+xml",
        "application/vnd.oma.xdm-apd+xml", "application/vnd.oma.fnl+xml",
        "application/vnd.oma.access-permissions-list+xml", "application/vnd.oma.alias-principals-list+xml",
        "application/upp-directory+xml", "application/vnd.oma.xdm-hi+xml", "application/vnd.oma.xdm-rhi+xml",
        "application/vnd.oma.xdm-prefs+xml", "application/vnd.oma.xdcp+xml",
        "application/vnd.oma.bcast.associated-procedure-parameter+xml",
        "application/vnd.oma.bcast.drm-trigger+xml", "application/vnd.oma.bcast.imd+xml",
        "application/vnd.oma.bcast.notification+xml", "application/vnd.oma.bcast.sgdd+xml",
        "application/vnd.oma.bcast.smartcard-trigger+xml", "application/vnd.oma.bcast.sprov+xml",
        "application/vnd.oma.cab-address-book+xml", "application/vnd.oma.cab-feature-handler+xml",
        "application/vnd.oma.cab-pcc+xml", "application/vnd.oma.cab-subs-invite+xml",
        "application/vnd.oma.cab-user-prefs+xml", "application/vnd.oma.dd2+xml",
        "application/vnd.oma.drm.risd+xml", "application/vnd.oma.group-usage-list+xml",
        "application/vnd.oma.pal+xml", "application/vnd.oma.poc.detailed-progress-report+xml",
        "application/vnd.oma.poc.final-report+xml", "application/vnd.oma.poc.groups+xml",
        "application/vnd.oma.poc.invocation-descriptor+xml",
        "application/vnd.oma.poc.optimized-progress-report+xml", "application/vnd.oma.scidm.messages+xml",
        "application/vnd.oma.suppnot+xml", "application/vnd.oma.xcap-directory+xml",
        "application/vnd.omads-email+xml", "application/vnd.omads-file+xml",
        "application/vnd.omads-folder+xml", "application/vnd.3gpp.access-transfer-events+xml",
        "application/vnd.3gpp.bsf+xml", "application/vnd.3gpp.comm-div-info+xml",
        "application/vnd.3gpp.cw+xml", "application/vnd.3gpp.iut+xml", "application/vnc.3gpp.iut-config+xml",
        "application/vnd.3gpp.mcptt-info+xml", "application/vnd.3gpp.mcptt-mbms-usage-info+xml",
        "application/vnd.3gpp.mcptt-location-info+xml", "application/vnd.3gpp.mcptt-affiliation-command+xml",
        "application/vnd.3gpp.mcptt-floor-request+xml", "application/vnd.3gpp.mcptt-signed+xml",
        "application/vnd.3gpp.mcptt-regroup+xml", "application/vnd.3gpp.mcdata-info+xml",
        "application/vnd.3gpp.mcdata-mbms-usage-info+xml", "application/vnd.3gpp.mcdata-location-info+xml",
        "application/vnd.3gpp.mcdata-affiliation-command+xml", "application/vnd.3gpp.mcdata-regroup+xml",
        "application/vnd.3gpp.mcvideo-info+xml", "application/vnd.3gpp.mcvideo-mbms-usage-info+xml",
        "application/vnd.3gpp.mcvideo-location-info+xml",
        "application/vnd.3gpp.mcvideo-affiliation-command+xml",
        "application/vnd.3gpp.transmission-request+xml", "application/vnd.3gpp.mcptt-ue-init-config+xml",
        "application/vnd.3gpp.mcptt-ue-config+xml", "application/vnd.3gpp.mcptt-user-profile+xml",
        "application/vnd.3gpp.mcptt-service-config+xml", "application/vnd.3gpp.mcdata-service-config+xml",
        "application/vnd.3gpp.mcvideo-service-config+xml", "application/vnd.3gpp.mcvideo-ue-config+xml",
        "application/vnd.3gpp.mcvideo-user-profile+xml", "application/vnd.3gpp.mcdata-ue-config+xml",
        "application/vnd.3gpp.mcdata-user-profile+xml", "application/vnd.3gpp.mid-call+xml",
        "application/vnd.3gpp-prose-pc3ch+xml", "application/vnd.3gpp-prose+xml",
        "application/vnd.3gpp.replication+xml", "application/vnd.3gpp.sms+xml",
        "application/vnd.3gpp.srvcc-info+xml", "application/vnd.3gpp.srvcc-ext+xml",
        "application/vnd.3gpp.state-and-event-info+xml", "application/vnd.3gpp.ussd+xml",
        "application/vnd.3gpp2.bcmcsinfo+xml", "application/vnd.wv.csp+xml", "application/vnd.wv.csp.xml",
        "application/watcherinfo+xml", "application/xcap-att+xml", "application/xcap-caps+xml",
        "application/xcap-diff+xml", "application/xcap-el+xml", "application/xcap-error+xml",
        "application/xcap-ns+xml", "application/xml", "application/xml-dtd", "application/xpidf+xml",
        "application/xslt+xml", "application/x-crd+xml", "application/x-wms-logconnectstats",
        "application/x-wms-logplaystats", "application/x-wms-sendevent", "image/svg+xml", "message/imdn+xml",
        "application/mediaservercontrol+xml",
    };
    private static final String[] JSON = {
        "application/json", "application/senml+json", "application/sensml+json", "application/json-rpc",
        "application/jsonrequest", "application/dds-web+json", "application/vnd.oma.lwm2m+json",
        "application/problem+json", "application/merge-patch+json", "application/json-patch+json",
        "application/x-ndjson",
    };

    private final Map<String, String> byType = new HashMap<>();
    /** Handles registered for a media type, which a type's name alone would not select. */
    private final Map<String, Dissector> handles = new ConcurrentHashMap<>();
    private final Dissectors dissectors;
    private volatile Map<String, Dissector> resolved;
    private volatile List<Dissector> heuristics;

    BodyDissectors(Dissectors dissectors) {
        this.dissectors = dissectors;
        for (String t : TEXT_LINES) {
            byType.put(t, "data-text-lines");
        }
        for (String t : XML) {
            byType.put(t, "xml");
        }
        for (String t : JSON) {
            byType.put(t, "json");
        }
        byType.put("application/x-www-form-urlencoded", "urlencoded-form");
        byType.put("image/png", "png");
        byType.put("image/gif", "image-gif");
        byType.put("image/jfif", "image-jfif");
        byType.put("image/jpg", "image-jfif");
        byType.put("image/jpeg", "image-jfif");
        byType.put("application/octet-stream", "data");
    }

    private static final List<String> BUILT_IN_PROTOCOLS = List.of("data-text-lines", "xml", "json",
            "urlencoded-form", "png", "image-gif", "image-jfif", "media", "data");

    /**
     * The protocols bodies may go to, and those of the authentication tokens in headers
     * ({@link HttpNtlmssp}), for {@link Dissector#calls()}.
     */
    List<String> protocolNames() {
        List<String> names = new ArrayList<>(BUILT_IN_PROTOCOLS);
        names.addAll(HttpNtlmssp.PROTOCOLS);
        for (Dissector d : handles.values()) {
            if (!names.contains(d.protocol().name())) {
                names.add(d.protocol().name());
            }
        }
        return names;
    }

    /**
     * Makes {@code handle} the dissector of bodies of {@code mediaType} (lower case), as
     * Wireshark's {@code dissector_add_string("media_type", ...)}; for the set's installation.
     */
    void register(String mediaType, Dissector handle) {
        handles.put(mediaType, handle);
    }

    /** The dissector registered for a (lower-case) media type, or null. */
    Dissector forType(String mediaType) {
        Dissector handle = handles.get(mediaType);
        if (handle != null) {
            return handle;
        }
        Map<String, Dissector> r = resolved;
        if (r == null) {
            r = new HashMap<>();
            for (Map.Entry<String, String> e : byType.entrySet()) {
                Dissector d = dissectors.byName(e.getValue());
                if (d != null) {
                    r.put(e.getKey(), d);
                }
            }
            resolved = r;
        }
        return r.get(mediaType);
    }

    /**
     * The dissector HTTP hands a body of a (lower-case) media type to, or null: the type's own, else
     * for an unknown multipart subtype the one registered for "multipart/" (packet-http.c's fallback;
     * IMF and multipart parts look types up exactly, {@link #forType}).
     */
    Dissector forHttpType(String mediaType) {
        Dissector d = forType(mediaType);
        return d == null && mediaType.startsWith("multipart/") ? forType("multipart/") : d;
    }

    /** HTTP's enabled body heuristics: PNG, JPEG and GIF by their signatures. */
    List<Dissector> heuristics() {
        List<Dissector> h = heuristics;
        if (h == null) {
            h = new ArrayList<>();
            for (String name : new String[] {"png", "image-jfif", "image-gif"}) {
                Dissector d = dissectors.byName(name);
                if (d != null) {
                    h.add(d);
                }
            }
            heuristics = h;
        }
        return h;
    }

    /** A dissector of the set by its protocol's name (an authentication token's). */
    Dissector byName(String name) {
        return dissectors.byName(name);
    }

    Dissector media() {
        return dissectors.byName("media");
    }

    Dissector data() {
        return dissectors.byName("data");
    }
}
