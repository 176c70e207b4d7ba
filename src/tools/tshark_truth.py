"""What the scripts that record tshark 4.0.17's truth for sharkfin's tests have in common.

The recording scripts under src/test/resources (dns/make_dns_truth.py, quic/make_quic_truth.py,
tls/make_tls_truth.py, http/record-truth.py, ocsp/record_truth.py, ocsp/record_filters.py) import
this module, so that every truth file is made the same way: one tshark pass per capture with -n and
default preferences, values as `tshark -T fields -E occurrence=a` prints them, protocol items
counted rather than printed. They find it with

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools"))

Truth lines have the form  frame <TAB> field <TAB> values  (values joined by SEP).
"""
import glob, gzip, os, subprocess, tempfile

# Joins the values of one field in one frame; a character no field value of the captures holds.
SEP = "\x1f"

# The shared capture corpus (a copy of /work/shared/captures).
CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "resources",
                                       "corpus", "captures"))


def env():
    """tshark's environment: a fresh, empty configuration folder, so that the preferences of
    whoever runs the script never reach the truth; UTF-8 output and UTC times, as the corpus
    truth was made."""
    return dict(os.environ, WIRESHARK_CONFIG_DIR=tempfile.mkdtemp(), LC_ALL="C.UTF-8", TZ="UTC")


def tshark(*args):
    """Runs tshark with env() and returns what it printed, decoded as UTF-8; fails on any error,
    since a half-recorded truth file is worse than none."""
    return subprocess.run(["tshark", *args], capture_output=True, env=env(), check=True).stdout.decode("utf-8")


def registered_fields(protocols, skip_types=()):
    """The names of the fields tshark registers for the given protocols (tshark -G fields, column 5),
    each once, in tshark's order. skip_types: field types (e.g. FT_NONE) left out."""
    names = []
    for line in tshark("-G", "fields").splitlines():
        p = line.split("\t")
        if p[0] == "F" and p[4] in protocols and p[3] not in skip_types and p[2] not in names:
            names.append(p[2])
    return names


def truth_dir(here):
    """The truth/ folder next to a recording script (made if missing)."""
    path = os.path.join(here, "truth")
    os.makedirs(path, exist_ok=True)
    return path


def captures(*folders):
    """The captures (*.pcap, *.pcapng) of the folders, sorted by path."""
    return sorted(path for folder in folders for path in glob.glob(os.path.join(folder, "*.pcap*")))


def field_truth(capture, protocols, extra, fields, wanted):
    """The truth lines of one capture: one per frame and column that tshark shows a value for, for
    the frames where wanted(row) holds (row: column name -> tshark's text, "" when absent).

    Columns: protocols, then extra, then fields. Protocol items' text is tshark's summary line,
    which sharkfin does not reproduce, so they are recorded as their number of occurrences.
    """
    columns = protocols + extra + fields
    cmd = ["-n", "-r", capture, "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a",
           "-E", "aggregator=" + SEP]
    for f in ["frame.number"] + columns:
        cmd += ["-e", f]
    lines = []
    for row in tshark(*cmd).split("\n"):
        if not row:
            continue
        cells = row.split("\t")
        frame, cells = cells[0], cells[1:]
        if not wanted(dict(zip(columns, cells))):
            continue
        for name, value in zip(columns, cells):
            if value == "":
                continue
            if name in protocols:
                value = str(len(value.split(SEP)))
            lines.append(f"{frame}\t{name}\t{value}")
    return lines


def has_layer(*layers):
    """A `wanted` for field_truth: the frames whose frame.protocols include one of the layers."""
    return lambda row: any(layer in layers for layer in row["frame.protocols"].split(":"))


def write_truth(path, lines):
    """Writes the lines, each ending in a newline, and says how many. A .gz path is gzipped with no
    timestamp in the header, so that recording again gives the same bytes."""
    text = "".join(line + "\n" for line in lines)
    if path.endswith(".gz"):
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(text.encode("utf-8"))
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(path, len(lines))
