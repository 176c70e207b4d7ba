package io.sharkfin.dissect.protocol.kerberos;

import io.sharkfin.capture.Frame;
import io.sharkfin.dissect.Packet;
import io.sharkfin.dissect.Session;
import io.sharkfin.dissect.TestCaptures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.sharkfin.dissect.TestCaptures.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What an analyst reads from a real KDC's exchanges ({@code kerberos.pcapng}, make-kerberos.sh):
 * who asked for which tickets, which were refused and why, the AS-REP roasting and Kerberoasting
 * tells, over UDP and TCP. Every field is also compared with tshark's on every frame
 * (TsharkFieldsTest); these tests read them as the indicators they are, in a session that keeps
 * only them.
 */
class KerberosDissectorTest {

    private static final List<Frame> FRAMES = TestCaptures.read(TestCaptures.DISSECT.resolve("kerberos.pcapng"));
    private static final List<String> FIELDS = List.of("kerberos.msg_type", "kerberos.CNameString",
            "kerberos.SNameString", "kerberos.error_code", "kerberos.padata_type", "kerberos.etype",
            "kerberos.ENCTYPE", "kerberos.rm.length", "kerberos.info2_salt");

    /** Each frame's cells of {@code field} in a session that keeps only {@link #FIELDS}, frame 1 first. */
    private static List<String> column(String field) {
        Session s = Session.needing(FIELDS);
        List<String> out = new ArrayList<>();
        for (Frame f : FRAMES) {
            out.add(cell(TestCaptures.dissect(s, f), field));
        }
        return out;
    }

    @Test
    void errorsNameWhatWentWrong() {
        List<String> codes = column("kerberos.error_code");
        List<String> clients = column("kerberos.CNameString");
        // alice's first request lacks pre-authentication; the KDC asks for it and gives the salt
        assertEquals("25", codes.get(1));
        assertEquals("LAB.TESTalice", column("kerberos.info2_salt").get(1));
        // a wrong password, an unknown client, an unknown service, an RC4 session key refused
        assertEquals("24", codes.get(19));
        assertEquals("6", codes.get(21));
        assertEquals("nosuch", clients.get(21));
        assertEquals("7", codes.get(13));
        assertEquals("14", codes.get(7));
    }

    @Test
    void asRepRoastingShowsAsARequestWithoutPreauthenticationAnswered() {
        List<String> types = column("kerberos.msg_type");
        List<String> padata = column("kerberos.padata_type");
        List<String> clients = column("kerberos.CNameString");
        // bob: an AS-REQ without PA-ENC-TIMESTAMP (2) answered by an AS-REP, not by an error
        assertEquals("10", types.get(22));
        assertEquals("bob", clients.get(22));
        assertFalse(List.of(padata.get(22).split(",")).contains("2"));
        assertEquals("11", types.get(23));
        assertEquals("bob", clients.get(23));
        // alice's requests that got tickets carried one
        assertEquals("133,2,150,149", padata.get(2));
    }

    @Test
    void kerberoastingShowsAsRc4Tickets() {
        List<String> services = column("kerberos.SNameString");
        List<String> etypes = column("kerberos.etype");
        // the RC4-only service's ticket: its enc-part (the second etype of a TGS-REP) is 23
        assertEquals("MSSQLSvc,db.lab.test", services.get(11));
        assertEquals("18,23,18", etypes.get(11));
        // a TGS-REQ asking for RC4 only (its PA-TGS-REQ's AP-REQ names the TGT's service first)
        assertEquals("23", column("kerberos.ENCTYPE").get(6));
        assertEquals("krbtgt,LAB.TEST,HTTP,web.lab.test", services.get(6));
    }

    @Test
    void tcpRecordsCarryTheSameMessages() {
        List<String> marks = column("kerberos.rm.length");
        List<String> types = column("kerberos.msg_type");
        assertEquals("160", marks.get(27));
        assertEquals("10", types.get(27));
        assertEquals("13", types.get(49));
        assertEquals("948", marks.get(49));
        assertEquals("MSSQLSvc,db.lab.test", column("kerberos.SNameString").get(49));
    }

    @Test
    void infoColumnNamesAsPacketKerberosDoes() {
        assertEquals("AS-REQ", KerberosNames.messageType(10));
        assertEquals("KRB-ERROR", KerberosNames.messageType(30));
        assertEquals("Unknown msg type 0x63", KerberosNames.messageType(99));
        assertEquals("Unknown msg type 0", KerberosNames.messageType(0));
        assertEquals("KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN", KerberosNames.errorCode(6));
        assertEquals("KDC_ERR_PREAUTH_EXPIRED", KerberosNames.errorCode(90));
        assertEquals("Unknown error code 0xffffffff", KerberosNames.errorCode(-1));
    }

    /** A session that wants nothing of Kerberos does not walk it, and a full one sees the same fields. */
    @Test
    void fewFieldSessionsSeeWhatFullOnesSee() {
        Session full = Session.full();
        Session few = Session.needing(FIELDS);
        for (Frame f : FRAMES) {
            Packet a = TestCaptures.dissect(full, f);
            Packet b = TestCaptures.dissect(few, f);
            for (String field : FIELDS) {
                assertEquals(cell(a, field), cell(b, field), field + " in frame " + a.number());
            }
        }
    }
}
