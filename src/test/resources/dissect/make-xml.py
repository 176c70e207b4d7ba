#!/usr/bin/env python3
"""Writes xml.pcapng: HTTP responses over TCP, one per stream, whose bodies exercise Wireshark's
XML dissector (packet-xml.c): the XML declaration, DOCTYPEs with and without an internal subset,
comments, CDATA sections, processing instructions, prefixed names, attributes quoted either way,
bare and numeric attribute values, empty-element tags, text with white space and non-ASCII bytes,
a UTF-16 document, XML in a text/plain body, and damaged documents (stray end tags, unrecognized
text, unterminated comments, a tag at the very end). Deterministic: rerunning gives the same bytes.

    python3 make-xml.py xml.pcapng
"""
import sys

from wirebytes import http_response_frame, write_pcapng

frames = []


def response(body, ctype='text/xml'):
    frames.append(http_response_frame(body, ctype, len(frames)))


# a UPnP-like description with everything a well-formed document may hold
response(b'<?xml version="1.0" encoding="utf-8" standalone=\'yes\'?>\n'
         b'<?xml-stylesheet type="text/xsl" href="style.xsl"?>\n'
         b'<!DOCTYPE root [\n  <!ELEMENT root ANY>\n  <!ATTLIST root id CDATA #IMPLIED>\n]>\n'
         b'<!-- a comment -- with dashes -->\n'
         b'<root xmlns="urn:example" id=42 kind=plain note = "spaced" empty="">\n'
         b'  <item n="1">first</item>\n'
         b'  <item n=\'2\'>second  \n  line</item>\n'
         b'  <br/><img src="x.png" alt=\'\'/>\n'
         b'  <data><![CDATA[<not>a tag</not> & raw]]></data>\n'
         b'  <caf\xc3\xa9>caf\xc3\xa9 \xe2\x82\xac and \xff\xfe bytes</caf\xc3\xa9>\n'
         b'  <Mixed.Case-Name_1>Text &amp; entity</Mixed.Case-Name_1>\n'
         b'</root>\n')
# SOAP with prefixed names
response(b'<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
         b's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>'
         b'<u:AddPortMapping xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1">'
         b'<NewRemoteHost></NewRemoteHost><NewExternalPort>4444</NewExternalPort>'
         b'<NewInternalClient>10.0.0.66</NewInternalClient><NewPortMappingDescription>'
         b'cmd /c "powershell -enc SQBFAFgA"</NewPortMappingDescription>'
         b'</u:AddPortMapping></s:Body></s:Envelope>', 'application/soap+xml')
# a public DOCTYPE, an upper-case declaration and a backslash before a quote
response(b'<?XML VERSION="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
         b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
         b'<html><body class="a\\"b" onload=init>hi</body></html>')
# damaged: stray end tags, text outside any element, unrecognized text, an unterminated
# comment, and a DTD tag ending on the last byte
response(b'</stray>loose text <ok>fine</ok></ok></again>\n<< <3 < notatag\n'
         b'<unclosed attr="1"><inner>x</inner>\n<!-- never closed <a>b</a>\n<!last>')
response(b'<a><b><c>deep</c></b></a>?> ]> <?pi only?>')
# XML in a text/plain body (more than 38 bytes, starting with the declaration)
response(b'<?xml version="1.0" encoding="ISO-8859-1"?><note><to>Tove</to><from>Jani</from></note>',
         'text/plain')
# UTF-16 with byte-order marks, both orders
response('\ufeff<?xml version="1.0" encoding="UTF-16"?><msg lang="de">Gr\u00fc\u00dfe</msg>'.encode('utf-16-le'))
response('\ufeff<?xml version="1.0"?><msg>big endian</msg>'.encode('utf-16-be'))
# an empty-element root and attributes with odd spacing
response(b'<config\n\tdebug = "true"\n\tlevel=3\n/>')


write_pcapng(sys.argv[1], frames, 1700100000, 250000)
