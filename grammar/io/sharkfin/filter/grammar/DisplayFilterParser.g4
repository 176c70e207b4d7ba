/*
 * The grammar of Wireshark 4.0 display filters (epan/dfilter/grammar.lemon), for ANTLR.
 *
 * lemon builds an LALR(1) parser from an ambiguous grammar plus precedence declarations; here the
 * same language is written so that every decision needs one token of lookahead, which keeps the
 * order in which errors surface the same as lemon's (see io.sharkfin.filter.parse.AstBuilder).
 * The parse tree keeps lemon's shape wherever lemon has a production: a rule's children are the
 * symbols lemon holds on its stack for that production (lists aside, see setList), which is how
 * the parser measures lemon's stack depth (io.sharkfin.filter.parse.ParserStackGuard).
 *
 * Precedence, lowest first: or < and < not < comparisons (non-associative, chained) < & < + - <
 * * / % < unary minus. "( )" groups logical expressions, "{ }" arithmetic ones.
 */
parser grammar DisplayFilterParser;

options { tokenVocab = DisplayFilterLexer; }

// sentence ::= expr | (empty)
sentence
    : expr? EOF
    ;

// In an ANTLR left-recursive rule an earlier alternative binds tighter: not > and > or.
expr
    : TEST_NOT expr                                  # notExpr
    | expr TEST_AND expr                             # andExpr
    | expr TEST_OR expr                              # orExpr
    | LPAREN expr RPAREN                             # parenExpr
    | quantifier=(ANY | ALL) arith relationTail      # quantifiedExpr
    | arith relationTail?                            # plainExpr
    ;

// What may follow the first operand of a relation. lemon's relation_test starts contains,
// matches and in with an entity, not an arithmetic expression: AstBuilder rejects the others
// at the operator, where lemon does.
relationTail
    : comparisonTail
    | searchTail
    | membershipTail
    ;

// comparison_test ::= arith cmp_op arith | arith cmp_op comparison_test  (chains: a < b <= c)
comparisonTail
    : cmpOp arith comparisonTail?
    ;

cmpOp
    : TEST_ANY_EQ
    | TEST_ALL_NE
    | TEST_ALL_EQ
    | TEST_ANY_NE
    | TEST_GT
    | TEST_GE
    | TEST_LT
    | TEST_LE
    ;

searchTail
    : op=(TEST_CONTAINS | TEST_MATCHES) entity
    ;

membershipTail
    : TEST_NOT? TEST_IN set
    ;

set
    : LBRACE setList RBRACE
    ;

// lemon's lists are left-recursive (set_list ::= set_list COMMA set_element); a loop keeps the
// parse tree flat for long lists. ParserStackGuard counts "everything before the last comma" as
// the one reduced list lemon has on its stack.
setList
    : setElement (COMMA setElement)*
    ;

setElement
    : setEntity (DOTDOT setEntity)?
    ;

setEntity
    : sign=(MINUS | PLUS)? entity
    ;

// Binary alternatives bind tighter the earlier they are written: * / % > + - > &.
arith
    : MINUS entity                                   # unaryMinusArith
    | PLUS entity                                    # unaryPlusArith
    | LBRACE arith RBRACE                            # groupArith
    | entity                                         # entityArith
    | arith op=(STAR | RSLASH | PERCENT) arith       # binaryArith
    | arith op=(PLUS | MINUS) arith                  # binaryArith
    | arith op=BITWISE_AND arith                     # binaryArith
    ;

entity
    : entity LBRACKET rangeNodeList RBRACKET         # sliceEntity
    | STRING                                         # stringEntity
    | CHARCONST                                      # charEntity
    | LITERAL                                        # literalEntity
    | UNPARSED (LPAREN functionParams? RPAREN | layer)?   # nameEntity
    | FIELD layer?                                   # fieldEntity
    | RAW_FIELD layer?                               # rawFieldEntity
    | DOLLAR LBRACE referenceTarget RBRACE           # referenceEntity
    ;

referenceTarget
    : name=(UNPARSED | FIELD | RAW_FIELD) layer?
    ;

layer
    : HASH INTEGER
    | HASH LBRACKET rangeNodeList RBRACKET
    ;

rangeNodeList
    : RANGE_NODE (COMMA RANGE_NODE)*
    ;

functionParams
    : arith (COMMA arith)*
    ;
