package io.sharkfin.filter.check;

import io.sharkfin.dissect.FieldRegistry;
import io.sharkfin.filter.Filter;
import io.sharkfin.filter.FilterException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The "Did you mean" under errors about a word where a field belongs. */
class NameSuggestionsTest {

    private static List<String> near(String word) {
        return NameSuggestions.near(word, FieldRegistry.standard());
    }

    @Test
    void typosOfTheFieldsAnalystsUseFindThem() {
        assertEquals(List.of("tcp.port"), near("tcp.prot"));                        // swapped neighbours
        assertEquals(List.of("ip.src"), near("ip.scr"));
        assertEquals(List.of("dns.qry.name"), near("dns.qry.nme"));                 // a letter left out
        assertEquals(List.of("http.host"), near("htpp.host"));                      // in the protocol
        assertEquals(List.of("tls.handshake.extensions_server_name"), near("tls.handshake.extensions_servername"));
        assertEquals(List.of("http.request.full_uri"), near("http.request.full_url"));
        assertEquals(List.of("tcp.flags.fin", "tcp.flags.syn"), near("tcp.flags.sin"));   // dissected first
    }

    @Test
    void onlyTheNearestAndOnlyForWordsLikeNames() {
        assertEquals(List.of(), near("xyzzy"));
        assertEquals(List.of(), near("nosuchproto_x"));
        assertEquals(List.of(), near("\"quoted\""));
        assertEquals(List.of(), near("ab"));                                        // too short to mean one
        assertEquals(List.of(), near("443"));
        assertFalse(near("tcp.port").contains("tcp.port"));                         // not itself
        assertEquals(List.of("tcp", "rpc", "tipc"), near("tpc"));                   // short: one edit
    }

    @Test
    void editsAreCountedWithSwapsAndBoundedEarly() {
        assertEquals(1, NameSuggestions.distance("tcp.prot", "tcp.port", 2));
        assertEquals(2, NameSuggestions.distance("ip.scr", "ipx.src", 2));
        assertEquals(3, NameSuggestions.distance("abc", "xyzabc", 2));             // over the budget
        assertEquals(3, NameSuggestions.distance("kitten", "sitting", 2));
        assertEquals(0, NameSuggestions.distance("dns", "dns", 1));
    }

    @Test
    void theHintFollowsTheErrorButLeavesTsharksWordsAlone() {
        FilterException e = assertThrows(FilterException.class, () -> Filter.compile("dns && udp.prt == 53"));
        assertEquals("Left side of \"==\" expression must be a field or function, not udp.prt.", e.getMessage());
        assertEquals("Did you mean udp.port?", e.hint());
        FilterException syntax = assertThrows(FilterException.class, () -> Filter.compile("tcp.port =="));
        assertNull(syntax.hint());
        FilterException value = assertThrows(FilterException.class, () -> Filter.compile("tcp.port == tcp.prot"));
        assertNull(value.hint(), value.getMessage());
    }

    @Test
    void aMisspelledFunctionGetsTheNearestFunction() {
        FilterException e = assertThrows(FilterException.class, () -> Filter.compile("lenn(http.host) > 5"));
        assertEquals("Function 'lenn' does not exist", e.getMessage());
        assertEquals("Did you mean len?", e.hint());
        assertEquals("Did you mean upper?", assertThrows(FilterException.class,
                () -> Filter.compile("uper(http.host) == \"X\"")).hint());
        assertNull(assertThrows(FilterException.class, () -> Filter.compile("foo(tcp.port) == 1")).hint());
    }
}
