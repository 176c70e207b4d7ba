/**
 * The NetBIOS Name Service (NBNS, UDP port 137) as Wireshark 4.0.17 dissects it (packet-nbt.c):
 * header and flags, name queries, registrations, releases, refreshes and WACKs, NB records with
 * their flags and addresses, node-status (NBSTAT) records with the node's name table, MAC address
 * ("Unit ID") and statistics, and the "incomplete entry" finding of a record cut short.
 *
 * <p>Names are read as DNS names ({@link io.sharkfin.dissect.protocol.dns.DnsNameReader}, with
 * compression pointers and scope IDs), then their first-level encoding is undone
 * ({@link io.sharkfin.dissect.protocol.nbns.NetbiosNames}) with Wireshark's wording for names that
 * are not valid. The Info column is written by a pass of its own
 * ({@link io.sharkfin.dissect.protocol.nbns.NbnsColumns}), as tshark writes it.
 */
package io.sharkfin.dissect.protocol.nbns;
