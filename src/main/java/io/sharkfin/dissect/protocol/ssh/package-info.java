/**
 * SSH as Wireshark 4.0's packet-ssh.c dissects a capture without its session keys: the
 * identification lines, SSH 1 packets, SSH 2's key exchange in clear (KEXINIT with the HASSH
 * fingerprints {@code ssh.kex.hassh} and {@code ssh.kex.hasshserver}, the Diffie-Hellman, group
 * exchange and elliptic-curve messages with host keys and signatures), and the encrypted packets
 * after New Keys. {@link io.sharkfin.dissect.protocol.ssh.SshDissector} is the entry point.
 */
package io.sharkfin.dissect.protocol.ssh;
