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

/* The tree of a BriefingJsonDocument, its elements put back into the root's arrays; NULL when
 * an element is refused. @problem gets the check's. */
static JsonNode *
document_tree (const char       *data,
               gsize             length,
               BriefingProblem **problem)
{
  BriefingJsonDocument *doc = briefing_json_document_open (data, length);
  JsonNode *root = briefing_json_document_get_root (doc);
  JsonNode *tree = root != NULL ? json_node_copy (root) : NULL;

  if (tree != NULL && JSON_NODE_HOLDS_OBJECT (tree))
    {
      JsonObject *object = json_node_get_object (tree);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL && tree != NULL; l = l->next)
        {
          gssize n = briefing_json_document_get_n_elements (doc, l->data);
          g_autoptr(JsonArray) array = NULL;

          if (n < 0)
            continue;
          g_assert_cmpint (json_array_get_length (json_node_get_array (json_object_get_member (object, l->data))), ==, 0);
          array = json_array_new ();
          for (gssize i = 0; i < n; i++)
            {
              JsonNode *element = briefing_json_document_get_element (doc, l->data, i);

              if (element == NULL)
                {
                  g_clear_pointer (&tree, json_node_unref);
                  break;
                }
              json_array_add_element (array, element);
            }
          if (tree != NULL)
            json_object_set_array_member (object, l->data, g_steal_pointer (&array));
        }
    }
  *problem = briefing_json_document_close (doc);
  return tree;
}

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
  g_autoptr(BriefingProblem) document_problem = NULL;
  g_autoptr(JsonNode) document = document_tree (copy, length, &document_problem);

  /* The document refuses what the check refuses, with the same problem. */
  g_assert_true ((problem == NULL) == (document_problem == NULL));
  if (problem != NULL)
    {
      g_assert_cmpstr (problem->message, ==, document_problem->message);
      g_assert_cmpuint (problem->line, ==, document_problem->line);
      return;
    }

  g_assert_nonnull (tree);
  parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, copy, length, &error));
  g_assert_no_error (error);
  g_assert_true (json_node_equal (tree, json_parser_get_root (parser)));
  g_assert_nonnull (document);
  g_assert_true (json_node_equal (document, json_parser_get_root (parser)));
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

/* The check, then the tree: the same tree as json-glib's, or the check's problem. */
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

/* A document big enough to be checked on a thread of its own while it is read. */
static void
test_document (void)
{
  g_autoptr(GString) s = g_string_new ("{\"title\": \"T\", \"language\": \"en\", \"events\": [");
  g_autoptr(BriefingProblem) problem = NULL;
  g_autoptr(JsonNode) tree = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  BriefingJsonDocument *doc;
  gsize whole;
  guint n_read = 0;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (s, "%s{\"id\": \"e%u\", \"title\": \"Round %u \\u00e9 \\\"q\\\\\", \"n\": [%u, {}], \"x\": 0.5}",
                            i > 0 ? ",\n" : "", i, i, i);
  g_string_append (s, "], \"empty\": []}");
  g_assert_cmpuint (s->len, >, 256 * 1024);
  whole = s->len;

  tree = document_tree (s->str, s->len, &problem);
  g_assert_null (problem);
  g_assert_nonnull (tree);
  g_assert_true (json_parser_load_from_data (parser, s->str, s->len, &error));
  g_assert_true (json_node_equal (tree, json_parser_get_root (parser)));
  g_clear_pointer (&tree, json_node_unref);

  /* A duplicate member at the end: only the check sees it, after the elements were read. */
  g_string_truncate (s, s->len - 1);
  g_string_append (s, ", \"events\": []}");
  tree = document_tree (s->str, s->len, &problem);
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 5000);
  g_clear_pointer (&problem, briefing_problem_free);
  g_clear_pointer (&tree, json_node_unref);

  /* A bad byte in element 2500: the elements before it are given, and none after. */
  g_string_truncate (s, whole - 1);
  g_string_append_c (s, '}');
  s->str[strstr (s->str, "\"e2500\"") - s->str + 2] = '\xff';
  doc = briefing_json_document_open (s->str, s->len);
  g_assert_nonnull (briefing_json_document_get_root (doc));
  g_assert_cmpint (briefing_json_document_get_n_elements (doc, "events"), ==, 5000);
  g_assert_cmpint (briefing_json_document_get_n_elements (doc, "empty"), ==, 0);
  g_assert_cmpint (briefing_json_document_get_n_elements (doc, "title"), ==, -1);
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(JsonNode) element = briefing_json_document_get_element (doc, "events", i);

      if (element == NULL)
        break;
      g_assert_cmpstr (json_object_get_string_member (json_node_get_object (element), "id"), !=, "e2500");
      n_read++;
    }
  g_assert_cmpuint (n_read, ==, 2500);
  problem = briefing_json_document_close (doc);
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 2501);
  g_clear_pointer (&problem, briefing_problem_free);

  /* Not an object: built whole, once the check has accepted it all. */
  doc = briefing_json_document_open ("[1, 2]", 6);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (briefing_json_document_get_root (doc)));
  g_assert_cmpint (briefing_json_document_get_n_elements (doc, "events"), ==, -1);
  g_assert_null (briefing_json_document_close (doc));
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
  g_test_add_func ("/json-tree/check-and-build", test_check_and_build);
  g_test_add_func ("/json-tree/document", test_document);

  return g_test_run ();
}
