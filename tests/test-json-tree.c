/* SPDX-License-Identifier: GPL-3.0-or-later */
/* briefing_json_tree_build against json-glib's parser: for every text the strict check accepts —
 * the samples, the test bundles and annotation files, the hostile corpus and written cases — the
 * tree is json-glib's; for the texts it refuses, and every cut-short text, the builder gives
 * NULL or a tree, and never reads past the end. */
#include "config.h"

#include <string.h>

#include "briefing-json-scan.h"
#include "briefing-json-tree.h"

static guint n_compared;

/* The builder's tree is json-glib's, for a text the check accepts; for any other, it does not
 * crash. The text is copied to a buffer of its own length, so a read past the end is seen under
 * the sanitizers and valgrind. */
static void
compare (const char *data,
         gsize       length)
{
  g_autofree char *copy = g_memdup2 (data, length);
  g_autoptr(BriefingProblem) problem = briefing_json_check (copy, length, BRIEFING_JSON_MAX_DEPTH);
  g_autoptr(JsonNode) tree = briefing_json_tree_build (copy, length);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;

  if (problem != NULL)
    return;

  g_assert_nonnull (tree);
  parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, copy, length, &error));
  g_assert_no_error (error);
  g_assert_true (json_node_equal (tree, json_parser_get_root (parser)));
  n_compared++;
}

static void
compare_directory (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        compare_directory (child);
      else if (g_str_has_suffix (name, ".json") && g_file_get_contents (child, &contents, &length, NULL))
        compare (contents, length);
    }
}

static void
test_files (void)
{
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *hostile = g_test_build_filename (G_TEST_DIST, "hostile", NULL);
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);

  n_compared = 0;
  compare_directory (data);
  compare_directory (hostile);
  compare_directory (samples);
  /* The check accepts the valid ones among them: there are many. */
  g_assert_cmpuint (n_compared, >, 50);
}

static void
test_cases (void)
{
  static const char *const cases[] = {
    "{}", "[]", " \n\t{ } ", "[[], {}, [[]], {\"a\": {}}]",
    "\"plain\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u0416\\u4e2d\"", "\"\\ud83d\\ude00 and \\uD83D\\uDE00\"",
    "\"Київ, إسطنبول, 😀\"", "\"a\\\\\\\\\\\"b\"",
    "0", "-0", "12", "-9007199254740991", "9007199254740991", "1.5", "-0.25", "1e5", "1E-3", "2.5e+10", "0.1",
    "1.000000000000000000000000000000000001", "-0.00000000000000000000000000000000012",
    "true", "false", "null", "[true,false,null]",
    "{\"parties\":[{\"id\":\"ru\",\"name\":\"Russia\"},{\"id\":\"ua\",\"name\":\"Ukraine\"}],\"version\":1}",
  };

  n_compared = 0;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    compare (cases[i], strlen (cases[i]));
  g_assert_cmpuint (n_compared, ==, G_N_ELEMENTS (cases));
}

/* Every beginning of a bundle: most are not JSON, none makes the builder read past the end. */
static void
test_cut_short (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  n_compared = 0;
  for (gsize n = 0; n <= length; n++)
    compare (contents, n);
  /* The whole file, at least, and the ones that end in its trailing white space. */
  g_assert_cmpuint (n_compared, >=, 1);
}

/* Texts the check refuses give NULL or a tree, never a crash; here the builder sees them alone. */
static void
test_refused (void)
{
  static const char *const cases[] = {
    "", "{", "[1,", "\"open", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\u0000\"", "\"\\x\"",
    "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "tru", "nul", "-", "+1", "1 2", "\"\\ud800\\u0041\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = strlen (cases[i]);
      g_autofree char *copy = g_memdup2 (cases[i], length);
      g_autoptr(JsonNode) tree = briefing_json_tree_build (copy, length);

      /* None of these is a whole JSON text but "+1" and "-", which are not numbers either. */
      g_assert_null (tree);
    }
}

/* A text with more values than its size warrants (one per 8 bytes, beyond the first 10 000): the
 * check refuses it, and the builder, alone or beside the check, gives up at the same bound. */
static void
test_too_many_values (void)
{
  g_autoptr(GString) s = g_string_new ("[0");
  g_autoptr(BriefingProblem) problem = NULL;
  g_autoptr(JsonNode) alongside = NULL;
  g_autoptr(JsonNode) tree = NULL;

  while (s->len < 300 * 1024)
    g_string_append (s, ",0");
  g_string_append_c (s, ']');

  tree = briefing_json_tree_build (s->str, s->len);
  g_assert_null (tree);
  alongside = briefing_json_tree_check_and_build (s->str, s->len, &problem);
  g_assert_null (alongside);
  g_assert_nonnull (problem);
  g_assert_cmpint (problem->code, ==, BRIEFING_BUNDLE_ERROR_TOO_LARGE);
}

/* Another thread's stop ends the building. */
static void
test_stop (void)
{
  g_autoptr(GString) s = g_string_new ("[");
  g_autoptr(JsonNode) tree = NULL;
  g_autoptr(JsonNode) stopped = NULL;
  gint stop = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (s, "%s{\"id\": \"e%u\"}", i > 0 ? "," : "", i);
  g_string_append_c (s, ']');

  tree = briefing_json_tree_build_full (s->str, s->len, &stop);
  g_assert_nonnull (tree);
  stop = 1;
  stopped = briefing_json_tree_build_full (s->str, s->len, &stop);
  g_assert_null (stopped);
}

/* Big enough for the tree to be built beside the check: the same tree, or the check's problem. */
static void
test_check_and_build (void)
{
  g_autoptr(GString) s = g_string_new ("{\"events\": [");
  g_autoptr(BriefingProblem) problem = NULL;
  g_autoptr(JsonNode) tree = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (s, "%s{\"id\": \"e%u\", \"title\": \"Round %u \\u00e9\", \"n\": %u, \"x\": 0.5}",
                            i > 0 ? ",\n" : "", i, i, i);
  g_string_append (s, "]}");
  g_assert_cmpuint (s->len, >, 256 * 1024);

  tree = briefing_json_tree_check_and_build (s->str, s->len, &problem);
  g_assert_null (problem);
  g_assert_nonnull (tree);
  g_assert_true (json_parser_load_from_data (parser, s->str, s->len, &error));
  g_assert_true (json_node_equal (tree, json_parser_get_root (parser)));
  g_clear_pointer (&tree, json_node_unref);

  /* A duplicate member at the end: only the check sees it. */
  g_string_truncate (s, s->len - 2);
  g_string_append (s, "], \"events\": []}");
  tree = briefing_json_tree_check_and_build (s->str, s->len, &problem);
  g_assert_null (tree);
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-tree/files", test_files);
  g_test_add_func ("/json-tree/cases", test_cases);
  g_test_add_func ("/json-tree/cut-short", test_cut_short);
  g_test_add_func ("/json-tree/refused", test_refused);
  g_test_add_func ("/json-tree/too-many-values", test_too_many_values);
  g_test_add_func ("/json-tree/stop", test_stop);
  g_test_add_func ("/json-tree/check-and-build", test_check_and_build);

  return g_test_run ();
}
