/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-core.h"

/* Checks @json (of @len bytes, or a C string when -1) and returns its problem. */
static BriefingProblem *
check (const char *json,
       gssize      len)
{
  return briefing_json_check (json, len < 0 ? strlen (json) : (gsize) len, BRIEFING_JSON_MAX_DEPTH);
}

static void
assert_refused (const char          *json,
                gssize               len,
                BriefingBundleError  code,
                guint                line,
                guint                column)
{
  g_autoptr(BriefingProblem) problem = check (json, len);
  g_autofree char *shown = NULL;

  g_assert_nonnull (problem);
  /* The input may hold invalid UTF-8 or NUL bytes: show it escaped, as TAP wants text. */
  shown = g_strescape (json, NULL);
  g_test_message ("%.40s → %u:%u %s", shown, problem->line, problem->column, problem->message);
  g_assert_cmpint (problem->code, ==, code);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
  g_assert_cmpstr (problem->message, !=, "");
}

static void
test_accepts_valid (void)
{
  const char *good[] = {
    "{}", "[]", "0", "-0.5e+3", "\"x\"", "true", "null",
    "{\"a\": [1, 2, {\"b\": \"\\u00e9\\n\\ud83d\\ude00\"}], \"c\": false}",
    " \n\t{\"a\":1}\r\n", "9007199254740992", "-9007199254740992", "1.5e300",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(BriefingProblem) problem = check (good[i], -1);

      if (problem != NULL)
        g_error ("%s refused: %s", good[i], problem->message);
    }
}

static void
test_refuses_syntax (void)
{
  assert_refused ("{\"a\": 1,}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 9);
  assert_refused ("{\"a\": 1 /* c */}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 9);
  assert_refused ("{'a': 1}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 2);
  assert_refused ("[1, 2", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 6);
  assert_refused ("{\"a\":\n  NaN}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 2, 3);
  assert_refused ("{\"a\": \"tab\there\"}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 11);
  assert_refused ("{\"a\": \"\\x\"}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 8);
  assert_refused ("{} {}", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 4);
  assert_refused ("01", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 2);
  assert_refused ("\"open", -1, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 1);
}

static void
test_refuses_encoding (void)
{
  /* Columns count characters: "Ü" is one. */
  assert_refused ("{\"Ü\": \"a\xff\"}", -1, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 9);
  assert_refused ("{\"a\": 1}\0{}", 11, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 9);
  assert_refused ("[\"\\u0000\"]", -1, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 3);
  assert_refused ("[\"\\ud83d\"]", -1, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 3);
  assert_refused ("[\"\\ude00\"]", -1, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 3);
  assert_refused ("\xEF\xBB\xBF{}", -1, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 1);
}

/* UTF-16 and UTF-32 are named, with or without a byte order mark, rather than "invalid UTF-8". */
static void
test_refuses_wide_encodings (void)
{
  static const struct { const char *data; gsize len; const char *encoding; } cases[] = {
    { "\xff\xfe{\0}\0", 6, "UTF-16" },
    { "\xfe\xff\0{\0}", 6, "UTF-16" },
    { "{\0 \0}\0", 6, "UTF-16" },
    { "\0{\0}", 4, "UTF-16" },
    { "\xff\xfe\0\0{\0\0\0", 8, "UTF-32" },
    { "{\0\0\0}\0\0\0", 8, "UTF-32" },
    { "\0\0\0{\0\0\0}", 8, "UTF-32" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BriefingProblem) p = briefing_json_check (cases[i].data, cases[i].len, BRIEFING_JSON_MAX_DEPTH);
      g_autofree char *expected = g_strdup_printf ("the file is %s text, not UTF-8", cases[i].encoding);

      g_assert_nonnull (p);
      g_assert_cmpint (p->code, ==, BRIEFING_BUNDLE_ERROR_ENCODING);
      g_assert_cmpuint (p->line, ==, 1);
      g_assert_cmpuint (p->column, ==, 1);
      g_assert_true (g_str_has_prefix (p->message, expected));
    }
}

/* A file of little more than commas would take json-glib some 65 times its size: refused where the
 * count passes one value per 8 bytes (beyond the first 10 000). */
static void
test_refuses_dense_values (void)
{
  g_autoptr(GString) s = g_string_new ("[");
  g_autoptr(BriefingProblem) dense = NULL;
  g_autoptr(BriefingProblem) spaced = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (s, i ? ",0" : "0");
  g_string_append_c (s, ']');
  dense = briefing_json_check (s->str, s->len, BRIEFING_JSON_MAX_DEPTH);
  g_assert_nonnull (dense);
  g_assert_cmpint (dense->code, ==, BRIEFING_BUNDLE_ERROR_TOO_LARGE);
  g_assert_cmpuint (dense->line, ==, 1);
  /* Value number 400001 / 8 + 10000 + 1 = 60001, at column 2 × 60000 = 120000. */
  g_assert_cmpuint (dense->column, ==, 2 * (s->len / 8 + 10000));
  g_assert_true (g_str_has_prefix (dense->message, "too many values for a file of"));

  /* The same values with room between them are read. */
  g_string_assign (s, "[");
  for (guint i = 0; i < 200000; i++)
    g_string_append (s, i ? ",       0" : "0");
  g_string_append_c (s, ']');
  spaced = briefing_json_check (s->str, s->len, BRIEFING_JSON_MAX_DEPTH);
  g_assert_null (spaced);
}

static void
test_refuses_empty (void)
{
  g_autoptr(BriefingProblem) p1 = check ("", 0);
  g_autoptr(BriefingProblem) p2 = check (" \n ", -1);

  g_assert_cmpint (p1->code, ==, BRIEFING_BUNDLE_ERROR_EMPTY);
  g_assert_cmpint (p2->code, ==, BRIEFING_BUNDLE_ERROR_EMPTY);
}

static void
test_refuses_deep_nesting (void)
{
  gsize n = 100000;
  g_autofree char *deep = g_malloc (n + 1);
  g_autofree char *open = g_strnfill (BRIEFING_JSON_MAX_DEPTH, '[');
  g_autofree char *close = g_strnfill (BRIEFING_JSON_MAX_DEPTH, ']');
  g_autofree char *ok = NULL;
  g_autoptr(BriefingProblem) problem = NULL;

  /* 100 000 brackets overflow json-glib's stack; the check stops at the limit. */
  memset (deep, '[', n);
  deep[n] = '\0';
  assert_refused (deep, n, BRIEFING_BUNDLE_ERROR_TOO_DEEP, 1, BRIEFING_JSON_MAX_DEPTH + 1);

  ok = g_strconcat (open, close, NULL);
  problem = check (ok, -1);
  g_assert_null (problem);
}

static void
test_refuses_numbers (void)
{
  assert_refused ("[123456789012345678901234567890]", -1, BRIEFING_BUNDLE_ERROR_NUMBER_RANGE, 1, 2);
  assert_refused ("[9007199254740993]", -1, BRIEFING_BUNDLE_ERROR_NUMBER_RANGE, 1, 2);
  assert_refused ("{\"v\": -9007199254740993}", -1, BRIEFING_BUNDLE_ERROR_NUMBER_RANGE, 1, 7);
  assert_refused ("[1e400]", -1, BRIEFING_BUNDLE_ERROR_NUMBER_RANGE, 1, 2);
}

static void
test_refuses_duplicate_members (void)
{
  GString *big = g_string_new ("{");

  assert_refused ("{\"a\": 1, \"b\": 2, \"a\": 3}", -1, BRIEFING_BUNDLE_ERROR_DUPLICATE_MEMBER, 1, 18);
  /* An escape does not hide a duplicate. */
  assert_refused ("{\"a\": 1, \"\\u0061\": 3}", -1, BRIEFING_BUNDLE_ERROR_DUPLICATE_MEMBER, 1, 10);
  /* The same name in different objects is fine. */
  g_assert_null (check ("{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}}", -1));

  /* Large objects switch to a hash table and still catch it. */
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (big, "\"k%u\": %u, ", i, i);
  g_string_append (big, "\"k42\": 0}");
  assert_refused (big->str, big->len, BRIEFING_BUNDLE_ERROR_DUPLICATE_MEMBER, 1, big->len - 8);
  g_string_free (big, TRUE);
}

static void
test_locate (void)
{
  const char *json =
    "{\n"
    "  \"events\": [\n"
    "    {\"id\": \"e1\"},\n"
    "    {\"id\": \"e2\", \"outcomes\": [{\"text\": \"x\"}, {\"text\": \"Ü\", \"c\": [1, [2, 3]]}]}\n"
    "  ],\n"
    "  \"title\": \"t\"\n"
    "}\n";
  const char *p1[] = { "events", "[1]", "outcomes", "[1]", "text" };
  const char *p2[] = { "title" };
  const char *p3[] = { "events", "[0]" };
  const char *p4[] = { "events", "[7]" };
  const char *p5[] = { "events", "[1]", "outcomes", "[1]", "c", "[1]", "[1]" };
  BriefingJsonLocation locs[] = {
    { p1, G_N_ELEMENTS (p1) }, { p2, G_N_ELEMENTS (p2) }, { p3, G_N_ELEMENTS (p3) },
    { p4, G_N_ELEMENTS (p4) }, { p5, G_N_ELEMENTS (p5) }, { NULL, 0 },
  };

  briefing_json_locate (json, strlen (json), locs, G_N_ELEMENTS (locs));

  g_assert_cmpuint (locs[0].line, ==, 4);
  g_assert_cmpuint (locs[0].column, ==, 55);
  g_assert_cmpuint (locs[1].line, ==, 6);
  g_assert_cmpuint (locs[1].column, ==, 12);
  g_assert_cmpuint (locs[2].line, ==, 3);
  g_assert_cmpuint (locs[2].column, ==, 5);
  g_assert_cmpuint (locs[3].line, ==, 0);
  g_assert_cmpuint (locs[4].line, ==, 4);
  g_assert_cmpuint (locs[4].column, ==, 73);
  g_assert_cmpuint (locs[5].line, ==, 1);
  g_assert_cmpuint (locs[5].column, ==, 1);
}

/* Skipping a value finds where it ends, strings and nesting included, and never reads past the
 * end of a text cut short. */
static void
test_skip_value (void)
{
  static const struct
  {
    const char *text;
    int         length;  /* of the value; -1: none */
  } cases[] = {
    { "\"a\\\"b\" rest", 6 },
    { "\"a\\\\\" rest", 5 },
    { "[1, {\"x\": \"]}\"}] , 2", 16 },
    { "12, 3", 2 },
    { "true]", 4 },
    { "{\"a\": [1, 2", -1 },
    { "\"open", -1 },
    { "]", -1 },
    { "", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize n = strlen (cases[i].text);
      g_autofree char *copy = g_memdup2 (cases[i].text, n);  /* no NUL after it */
      const char *end = briefing_json_skip_value (copy, copy + n);

      g_test_message ("%s", cases[i].text);
      if (cases[i].length < 0)
        g_assert_null (end);
      else
        g_assert_cmpint (end - copy, ==, cases[i].length);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-scan/accepts-valid", test_accepts_valid);
  g_test_add_func ("/json-scan/refuses-syntax", test_refuses_syntax);
  g_test_add_func ("/json-scan/refuses-encoding", test_refuses_encoding);
  g_test_add_func ("/json-scan/refuses-wide-encodings", test_refuses_wide_encodings);
  g_test_add_func ("/json-scan/refuses-dense-values", test_refuses_dense_values);
  g_test_add_func ("/json-scan/refuses-empty", test_refuses_empty);
  g_test_add_func ("/json-scan/refuses-deep-nesting", test_refuses_deep_nesting);
  g_test_add_func ("/json-scan/refuses-huge-numbers", test_refuses_numbers);
  g_test_add_func ("/json-scan/refuses-duplicate-members", test_refuses_duplicate_members);
  g_test_add_func ("/json-scan/locate", test_locate);
  g_test_add_func ("/json-scan/skip-value", test_skip_value);

  return g_test_run ();
}
