# Sourced by bin/sharkfin and bin/mvn: sets JAVA_HOME to a JDK 25 or newer, or fails with a message.
java_ok() { # $1 = java binary: is it version 25 or newer?
  local v release line
  # the JDK's release file says it without starting a JVM (a tenth of a second saved per run),
  # read with bash alone: each process started here delays every run by a millisecond or two
  release=${1%/*}
  release=${release%/*}/release
  if [[ -f $release ]]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        v=${BASH_REMATCH[1]}
        break
      fi
    done <"$release"
  fi
  if [[ -z ${v:-} ]]; then
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  [[ -n $v && ${v%%.*} -ge 25 ]]
}
find_java25() {
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java_ok "$JAVA_HOME/bin/java"; then
    return 0
  fi
  local d
  for d in /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*-2[5-9]* /usr/lib/jvm/jdk-2[5-9]* /usr/lib/jvm/temurin-[3-9][0-9]*; do
    if [[ -x $d/bin/java ]] && java_ok "$d/bin/java"; then export JAVA_HOME=$d; return 0; fi
  done
  if command -v java >/dev/null && java_ok "$(command -v java)"; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")"); export JAVA_HOME; return 0
  fi
  echo "sharkfin: needs Java 25 or newer (set JAVA_HOME, or install a JDK 25 under /usr/lib/jvm)" >&2
  return 1
}
