/*
 * Tokens of the Wireshark 4.0 display-filter language, rule for rule as epan/dfilter/scanner.l
 * defines them. Like flex, an ANTLR lexer takes the longest match and, on a tie, the rule
 * written first, so the order of the rules below matters exactly as it does in scanner.l.
 *
 * The lexer only cuts the text. What scanner.l does in its actions (decoding escapes, parsing
 * character constants, resolving ".name", turning bad input into errors) is done by
 * io.sharkfin.filter.parse.ScannerTokenSource, which also joins the pieces of a quoted string or
 * character constant into a single STRING / CHARCONST token for the parser.
 *
 * Like scanner.l, keywords are case-sensitive, and there is no "xor" nor "^^" (added after 4.0).
 */
lexer grammar DisplayFilterLexer;

// Produced by ScannerTokenSource, never by a rule below.
tokens { STRING, CHARCONST, SCAN_ERROR }

// [[:blank:]\n]+ : space, tab and line feed only; a carriage return is an unexpected character.
WHITESPACE : [ \t\n]+ -> skip ;

LPAREN : '(' ;
RPAREN : ')' ;
COMMA : ',' ;
LBRACE : '{' ;
DOTDOT : '..' ;
RBRACE : '}' ;
DOLLAR : '$' ;
ANY : 'any' ;
ALL : 'all' ;

TEST_ANY_EQ : '==' | 'eq' | 'any_eq' ;
TEST_ALL_NE : '!=' | 'ne' | 'all_ne' ;
TEST_ALL_EQ : '===' | 'all_eq' ;
TEST_ANY_NE : '!==' | 'any_ne' ;
// "~=" is TEST_ANY_NE plus a deprecation notice; ScannerTokenSource retypes it.
TEST_ANY_NE_DEPRECATED : '~=' ;
TEST_GT : '>' | 'gt' ;
TEST_GE : '>=' | 'ge' ;
TEST_LT : '<' | 'lt' ;
TEST_LE : '<=' | 'le' ;
TEST_CONTAINS : 'contains' ;
TEST_MATCHES : '~' | 'matches' ;
TEST_NOT : '!' | 'not' ;
TEST_AND : '&&' | 'and' ;
TEST_OR : '||' | 'or' ;
TEST_IN : 'in' ;

PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
RSLASH : '/' ;
PERCENT : '%' ;
BITWISE_AND : '&' | 'bitwise_and' ;

HASH : '#' -> mode(LAYER) ;
LBRACKET : '[' -> mode(RANGE) ;

// [rR]?" opens a (raw) string; its pieces follow in DQUOTE mode.
DQUOTE_OPEN : [rR]? '"' -> mode(DQUOTE) ;
SQUOTE_OPEN : '\'' -> mode(SQUOTE) ;

// None of the word patterns can contain "..": "80..81" is 80, .., 81.
UNPARSED
    : MacAddress
    | QuadMacAddress
    | IPv4Address V4CidrPrefix?
    | IPv6Address V6CidrPrefix?
    | ColonBytes
    | DotBytes
    | HyphenBytes
    | Identifier
    ;

// A leading colon forces a byte string: ":00e0", ":00:e0".
LITERAL
    : ':' (ColonBytes | DotBytes | HyphenBytes)
    | ':' HexDigit+
    ;

// A leading dot forces a field or protocol name: ".fc", ".udp.dstport".
FIELD : '.' Identifier ;

// Not in 4.0: "@name", the raw bytes of a field. "@" alone stays an unexpected character.
RAW_FIELD : '@' Identifier ;

// Anything else is one unexpected character (flex's last rule ".").
UNEXPECTED_CHAR : . ;

fragment Identifier : IdentChar (IdentChar | '-')* ('.' (IdentChar | '-')+)* ;
fragment IdentChar : [a-zA-Z0-9_] ;

fragment HexDigit : [0-9a-fA-F] ;
fragment Hex2 : HexDigit HexDigit ;
fragment Hex4 : Hex2 Hex2 ;

fragment MacAddress
    : Hex2 ':' Hex2 ':' Hex2 ':' Hex2 ':' Hex2 ':' Hex2
    | Hex2 '-' Hex2 '-' Hex2 '-' Hex2 '-' Hex2 '-' Hex2
    | Hex2 '.' Hex2 '.' Hex2 '.' Hex2 '.' Hex2 '.' Hex2
    ;
fragment QuadMacAddress : Hex4 '.' Hex4 '.' Hex4 ;

fragment DecOctet
    : [0-9]
    | [1-9] [0-9]
    | '1' [0-9] [0-9]
    | '2' [0-4] [0-9]
    | '25' [0-5]
    ;
fragment IPv4Address : DecOctet '.' DecOctet '.' DecOctet '.' DecOctet ;

// RFC 3986 IPv6address, as scanner.l writes it with {m,n} counts spelled out.
fragment H16 : HexDigit (HexDigit (HexDigit HexDigit?)?)? ;
fragment H16Colon : H16 ':' ;
fragment Ls32 : H16 ':' H16 | IPv4Address ;
fragment UpTo1H16Colon : H16Colon? ;
fragment UpTo2H16Colon : (H16Colon H16Colon?)? ;
fragment UpTo3H16Colon : (H16Colon (H16Colon H16Colon?)?)? ;
fragment UpTo4H16Colon : (H16Colon (H16Colon (H16Colon H16Colon?)?)?)? ;
fragment UpTo5H16Colon : (H16Colon (H16Colon (H16Colon (H16Colon H16Colon?)?)?)?)? ;
fragment UpTo6H16Colon : (H16Colon (H16Colon (H16Colon (H16Colon (H16Colon H16Colon?)?)?)?)?)? ;
fragment IPv6Address
    : H16Colon H16Colon H16Colon H16Colon H16Colon H16Colon Ls32
    | '::' H16Colon H16Colon H16Colon H16Colon H16Colon Ls32
    | H16? '::' H16Colon H16Colon H16Colon H16Colon Ls32
    | (UpTo1H16Colon H16)? '::' H16Colon H16Colon H16Colon Ls32
    | (UpTo2H16Colon H16)? '::' H16Colon H16Colon Ls32
    | (UpTo3H16Colon H16)? '::' H16Colon Ls32
    | (UpTo4H16Colon H16)? '::' Ls32
    | (UpTo5H16Colon H16)? '::' H16
    | (UpTo6H16Colon H16)? '::'
    ;

fragment V4CidrPrefix : '/' [0-9] [0-9]? ;
fragment V6CidrPrefix : '/' [0-9] ([0-9] [0-9]?)? ;

fragment ColonBytes : Hex2 (':' Hex2)+ ;
fragment DotBytes : Hex2 ('.' Hex2)+ ;
fragment HyphenBytes : Hex2 ('-' Hex2)+ ;


// After "#": a layer number, or "[" opening a layer range list; anything else is an error.
mode LAYER;
INTEGER : [0-9]+ -> mode(DEFAULT_MODE) ;
LAYER_LBRACKET : '[' -> type(LBRACKET), mode(RANGE) ;
LAYER_UNEXPECTED : ~[0-9[] ;


// After "[": everything up to "," or "]" is one range node, parsed later like drange.c does.
mode RANGE;
RANGE_NODE : ~[\],]+ ;
RANGE_COMMA : ',' -> type(COMMA) ;
RBRACKET : ']' -> mode(DEFAULT_MODE) ;


// Pieces of a double-quoted string; flex's "." (any character but a line feed) is ~[\n].
mode DQUOTE;
DQUOTE_CLOSE : '"' -> mode(DEFAULT_MODE) ;
DQ_OCTAL : '\\' [0-7] ([0-7] [0-7]?)? ;
DQ_HEX : '\\x' HexDigit HexDigit? ;
DQ_UCN4 : '\\u' (HexDigit (HexDigit (HexDigit HexDigit?)?)?)? ;
DQ_UCN8 : '\\U' (HexDigit (HexDigit (HexDigit (HexDigit (HexDigit (HexDigit (HexDigit HexDigit?)?)?)?)?)?)?)? ;
DQ_ESCAPE : '\\' ~[\n] ;
// A backslash no rule matches (before a line feed or the end): flex echoes and drops it.
DQ_STRAY_BACKSLASH : '\\' ;
DQ_TEXT : ~[\\"]+ ;


// Pieces of a single-quoted character constant.
mode SQUOTE;
SQUOTE_CLOSE : '\'' -> mode(DEFAULT_MODE) ;
SQ_ESCAPE : '\\' ~[\n] ;
SQ_STRAY_BACKSLASH : '\\' ;
SQ_TEXT : ~[\\']+ ;
