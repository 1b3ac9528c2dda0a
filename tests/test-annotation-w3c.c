/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "annotation-test-utils.h"
#include "briefing-annotation-w3c-private.h"

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
load_fixture (const char *name,
              char      **data,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "annotations", name, NULL);
  g_autofree char *contents = NULL;
  JsonNode *node;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  node = parse_json (contents);
  if (data != NULL)
    *data = g_steal_pointer (&contents);
  return node;
}

static BriefingBundle *
read_minimal_bundle (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle;

  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  return bundle;
}

static void
merge (BriefingAnnotationStore *store,
       JsonNode                *root,
       guint                    expect_added,
       guint                    expect_updated)
{
  g_autoptr(GError) error = NULL;
  guint added = G_MAXUINT, updated = G_MAXUINT;

  g_assert_true (briefing_annotation_store_merge_w3c (store, root, &added, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, expect_added);
  g_assert_cmpuint (updated, ==, expect_updated);
}

static void
test_export_merge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) list = every_kind ();
  g_autoptr(BriefingAnnotationStore) source = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
  g_autoptr(BriefingAnnotationStore) target = NULL;
  g_autoptr(BriefingBundle) bundle = read_minimal_bundle ();
  g_autoptr(JsonNode) exported = NULL;
  g_autofree char *other_dir = g_strconcat (fixture->dir, "-other", NULL);
  JsonObject *collection;

  briefing_annotation_store_set_save_delay (source, 60000);
  for (guint i = 0; i < list->len; i++)
    briefing_annotation_store_add (source, list->pdata[i]);

  exported = briefing_annotation_store_to_w3c (source, bundle);
  collection = json_node_get_object (exported);
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_cmpstr (json_object_get_string_member (collection, "id"), ==, "urn:briefing:" BUNDLE_ID ":annotations");
  g_assert_cmpstr (json_object_get_string_member (collection, "label"), ==, "Example talks");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, list->len);

  target = briefing_annotation_store_new (BUNDLE_ID, other_dir);
  g_assert_true (briefing_annotation_store_load (target, NULL));
  briefing_annotation_store_set_save_delay (target, 60000);
  merge (target, exported, list->len, 0);
  assert_same (target, list);
  g_assert_true (briefing_annotation_store_get_dirty (target));
  g_assert_true (briefing_annotation_store_flush (target, NULL));

  /* Again: nothing new, nothing newer, nothing to save. */
  merge (target, exported, 0, 0);
  g_assert_false (briefing_annotation_store_get_dirty (target));
  assert_same (target, list);

  g_clear_object (&target);
  remove_tree (other_dir);
}

static void
test_newer_wins (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) list = every_kind ();
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(BriefingAnnotationStore) mine = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
  g_autoptr(BriefingAnnotation) edited = NULL;
  g_autoptr(BriefingAnnotation) mine_edited = NULL;
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  const char *id = briefing_annotation_get_id (list->pdata[2]);

  briefing_annotation_store_set_save_delay (store, 60000);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(BriefingAnnotation) copy = briefing_annotation_copy (list->pdata[i]);

      briefing_annotation_store_add (store, copy);
    }
  before = briefing_annotation_store_to_w3c (store, NULL);
  g_assert_false (json_object_has_member (json_node_get_object (before), "label"));

  /* Someone else answers a question later. */
  edited = briefing_annotation_copy (briefing_annotation_store_lookup (store, id));
  briefing_annotation_set_note (edited, "Yes: a 10-day truce.");
  briefing_annotation_touch (edited);
  briefing_annotation_store_replace (store, edited);
  after = briefing_annotation_store_to_w3c (store, NULL);

  g_assert_true (briefing_annotation_store_load (mine, NULL));
  briefing_annotation_store_set_save_delay (mine, 60000);
  merge (mine, before, list->len, 0);
  merge (mine, after, 0, 1);
  g_assert_cmpstr (briefing_annotation_get_note (briefing_annotation_store_lookup (mine, id)), ==,
                   "Yes: a 10-day truce.");

  /* An older copy never replaces a newer one. */
  merge (mine, before, 0, 0);
  g_assert_cmpstr (briefing_annotation_get_note (briefing_annotation_store_lookup (mine, id)), ==,
                   "Yes: a 10-day truce.");

  /* Mine is edited after theirs: theirs does not win. */
  mine_edited = briefing_annotation_copy (briefing_annotation_store_lookup (mine, id));
  briefing_annotation_set_note (mine_edited, "Mine, later.");
  briefing_annotation_touch (mine_edited);
  briefing_annotation_store_replace (mine, mine_edited);
  merge (mine, after, 0, 0);
  g_assert_cmpstr (briefing_annotation_get_note (briefing_annotation_store_lookup (mine, id)), ==, "Mine, later.");
}

/* The fixture is what the writer writes: merged and exported again, it is the same JSON. */
static void
test_fixture (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(BriefingAnnotationStore) again = NULL;
  g_autoptr(BriefingBundle) bundle = read_minimal_bundle ();
  g_autoptr(JsonNode) document = load_fixture ("every-kind.json", NULL, NULL);
  g_autoptr(JsonNode) exported = NULL;
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_object_unref);

  briefing_annotation_store_set_save_delay (store, 60000);
  merge (store, document, 6, 0);
  exported = briefing_annotation_store_to_w3c (store, bundle);
  g_assert_true (json_node_equal (exported, document));

  /* Every quote is in the minimal bundle. */
  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle), ==, 0);

  g_assert_true (briefing_annotation_store_flush (store, NULL));
  again = new_store (fixture);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    g_ptr_array_add (saved, g_list_model_get_item (G_LIST_MODEL (store), i));
  assert_same (again, saved);
}

static void
test_empty_export (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(JsonNode) exported = briefing_annotation_store_to_w3c (store, NULL);
  JsonObject *page;

  g_assert_cmpint (json_object_get_int_member (json_node_get_object (exported), "total"), ==, 0);
  page = json_object_get_object_member (json_node_get_object (exported), "first");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (page, "items")), ==, 0);
  merge (store, exported, 0, 0);
}

#define ANNOTATION(id, target)                                                               \
  "{\"id\": \"" id "\", \"type\": \"Annotation\", \"motivation\": \"highlighting\", "        \
  "\"created\": \"2025-06-03T10:00:00Z\", \"modified\": \"2025-06-03T10:00:00Z\", "           \
  "\"target\": " target "}"
#define ARTICLE "{\"source\": \"urn:briefing:example-talks:article:art1\"}"

static void
test_single_and_array (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(JsonNode) single = NULL;
  g_autoptr(JsonNode) array = NULL;
  BriefingAnnotation *bundle_note;

  briefing_annotation_store_set_save_delay (store, 60000);
  single = parse_json ("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:x:1\", "
                       "\"type\": \"Annotation\", \"motivation\": \"commenting\", "
                       "\"created\": \"2025-06-03T10:00:00Z\", \"modified\": \"2025-06-03T10:00:00Z\", "
                       "\"body\": {\"type\": \"TextualBody\", \"purpose\": \"commenting\", \"value\": \"Hi\"}, "
                       "\"target\": \"urn:briefing:example-talks\"}");
  merge (store, single, 1, 0);
  bundle_note = briefing_annotation_store_lookup (store, "urn:x:1");
  g_assert_cmpint (briefing_annotation_get_target_kind (bundle_note), ==, BRIEFING_TARGET_BUNDLE);
  g_assert_cmpstr (briefing_annotation_get_note (bundle_note), ==, "Hi");

  array = parse_json ("[" ANNOTATION ("urn:x:2", ARTICLE) ", " ANNOTATION ("urn:x:3", ARTICLE) "]");
  merge (store, array, 2, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);
}

typedef struct
{
  const char *json;
  const char *message;  /* the whole error message */
} Invalid;

#define VALID ANNOTATION ("urn:x:ok", ARTICLE)
#define COLLECTION(id, total, items)                                                            \
  "{\"type\": \"AnnotationCollection\", \"id\": \"" id "\", \"total\": " total ", "             \
  "\"first\": {\"type\": \"AnnotationPage\", \"items\": [" items "]}}"

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  const Invalid cases[] = {
    { "[" VALID ", {\"id\": \"urn:x:2\", \"type\": \"Annotation\", \"motivation\": \"commenting\", "
      "\"created\": \"2025-06-03T10:00:00Z\", \"modified\": \"2025-06-03T10:00:00Z\"}]",
      "[1]: missing member “target”" },
    { "[" VALID ", {\"id\": \"urn:x:2\", \"type\": \"Annotation\", \"motivation\": 5, "
      "\"created\": \"2025-06-03T10:00:00Z\", \"modified\": true, \"target\": " ARTICLE "}]",
      "[1].motivation: expected a string, found a number (and 1 more error)" },
    { "[" VALID ", " ANNOTATION ("urn:x:2", "{\"source\": \"urn:briefing:other-talks:article:a1\"}") "]",
      "[1].target.source: belongs to bundle “other-talks”, not “example-talks”" },
    { COLLECTION ("urn:briefing:other-talks:annotations", "1", VALID),
      "id: belongs to bundle “other-talks”, not “example-talks”" },
    { COLLECTION ("urn:briefing:example-talks:annotations", "2", VALID),
      "total: the total does not match the 1 annotation of the page" },
    { COLLECTION ("urn:briefing:example-talks:annotations", "1", ANNOTATION ("urn:x:2", "42")),
      "first.items[0].target: expected a target object or a source IRI, found a number" },
    { "[" VALID ", " VALID "]",
      "[1].id: duplicate id “urn:x:ok”: another annotation already has it" },
    { "{\"type\": \"Note\"}",
      "type: expected an AnnotationCollection or an Annotation, found “Note”" },
    { "\"urn:briefing:example-talks\"",
      "expected an annotation collection, an annotation or an array of them, found a string" },
    { ANNOTATION ("urn:x:2", "{\"source\": \"urn:briefing:example-talks:party:a\"}"),
      "target.source: “urn:briefing:example-talks:party:a” is not a Briefing target: expected "
      "urn:briefing:BUNDLE, or urn:briefing:BUNDLE:article:ID (or :event:ID, :demand:ID)" },
    { ANNOTATION ("urn:x:2", "{\"source\": \"urn:briefing:example-talks:event:r1\", "
                  "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\"}}"),
      "target.selector: only an article target has selectors" },
    { ANNOTATION ("urn:x:2", "{\"source\": \"urn:briefing:example-talks:article:art1\", "
                  "\"selector\": [{\"type\": \"TextQuoteSelector\"}]}"),
      "target.selector[0]: missing member “exact”" },
    { ANNOTATION ("urn:x:2", "{\"source\": \"urn:briefing:example-talks:article:art1\", "
                  "\"selector\": [{\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 3}]}"),
      "target.selector[0]: the position's end must come after its start" },
    { ANNOTATION ("urn:x:2", "{\"source\": \"urn:briefing:example-talks:article:art1\", "
                  "\"selector\": [{\"type\": \"RangeSelector\"}]}"),
      "target.selector[0].type: unsupported selector type “RangeSelector” (expected "
      "TextQuoteSelector or TextPositionSelector)" },
    { "{\"id\": \"urn:x:2\", \"type\": \"Annotation\", \"motivation\": \"commenting\", "
      "\"created\": \"2025-06-03T10:00:00Z\", \"modified\": \"2025-06-03\", \"target\": " ARTICLE ", "
      "\"body\": [{\"type\": \"SpecificResource\", \"purpose\": \"commenting\", \"value\": \"x\"}], "
      "\"creator\": \"me\", \"briefing:color\": \"pink\"}",
      "creator: unknown member “creator” (did you mean “created”?) (and 3 more errors)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
      g_autoptr(BriefingAnnotation) existing = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
      g_autoptr(JsonNode) root = parse_json (cases[i].json);
      g_autoptr(GError) error = NULL;
      guint added = 1, updated = 1;

      g_test_message ("case %u: %s", i, cases[i].message);
      briefing_annotation_store_set_save_delay (store, 60000);
      briefing_annotation_store_add (store, existing);
      g_assert_true (briefing_annotation_store_flush (store, NULL));

      g_assert_false (briefing_annotation_store_merge_w3c (store, root, &added, &updated, &error));
      g_assert_error (error, BRIEFING_BUNDLE_ERROR, error->code);
      g_assert_cmpstr (error->message, ==, cases[i].message);

      /* Nothing merged, not even what came before the problem. */
      g_assert_cmpuint (added + updated, ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
      g_assert_false (briefing_annotation_store_get_dirty (store));

      g_clear_object (&store);
      remove_tree (fixture->dir);
    }
}

/* Read from a file, problems have a line and a column. */
static void
test_invalid_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "annotations", "invalid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GRegex) located = g_regex_new ("^[0-9]+:[0-9]+: first\\.items\\[0\\]", 0, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *relative = g_build_filename ("invalid", name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GPtrArray) annotations = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      root = load_fixture (relative, &text, &length);
      annotations = briefing_annotation_w3c_parse (text, length, BUNDLE_ID, &error);
      g_test_message ("%s: %s", name, error != NULL ? error->message : "accepted");
      g_assert_null (annotations);
      g_assert_true (g_regex_match (located, error->message, 0, NULL));
      n++;
    }
  g_assert_cmpuint (n, >=, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/annotation-w3c/export-merge", test_export_merge);
  ADD ("/annotation-w3c/newer-wins", test_newer_wins);
  ADD ("/annotation-w3c/fixture", test_fixture);
  ADD ("/annotation-w3c/empty-export", test_empty_export);
  ADD ("/annotation-w3c/single-and-array", test_single_and_array);
  ADD ("/annotation-w3c/invalid", test_invalid);
  ADD ("/annotation-w3c/invalid-files", test_invalid_files);
#undef ADD

  return g_test_run ();
}
