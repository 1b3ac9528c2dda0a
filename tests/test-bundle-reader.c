/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "briefing-core.h"

/* Most tests take the small valid bundle of tests/data, break one thing in it, and check that the
 * reader refuses it with the right code, at the right JSON path, with a line and column. */

/* Under valgrind everything runs some ten times slower: BRIEFING_TEST_TIME_SCALE (set by the
 * valgrind setups in meson.build) stretches the bounds on elapsed time. */
static gint64
time_scale (void)
{
  const char *scale = g_getenv ("BRIEFING_TEST_TIME_SCALE");

  return scale != NULL ? CLAMP (g_ascii_strtoll (scale, NULL, 10), 1, 100) : 1;
}

static JsonNode *
load_minimal (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The object at a path such as "events[0].outcomes[0]" ("" is the root). */
static JsonObject *
object_at (JsonNode   *root,
           const char *path)
{
  JsonNode *node = root;
  g_auto(GStrv) parts = g_strsplit_set (path, ".[", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (g_ascii_isdigit (parts[i][0]))
        node = json_array_get_element (json_node_get_array (node), atoi (parts[i]));
      else
        node = json_object_get_member (json_node_get_object (node), parts[i]);
      g_assert_nonnull (node);
    }

  return json_node_get_object (node);
}

static char *
to_data (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static BriefingBundle *
read_string (BriefingBundleReader *reader,
             const char           *data,
             gsize                 length,
             GError              **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return briefing_bundle_reader_read_bytes (reader, bytes, error);
}

static BriefingBundle *
read_node (BriefingBundleReader *reader,
           JsonNode             *root,
           GError              **error)
{
  g_autofree char *data = to_data (root);

  return read_string (reader, data, strlen (data), error);
}

/* Asserts the last read found an error with @code at @path whose message contains @words. */
static void
assert_problem (BriefingBundleReader *reader,
                BriefingBundleError   code,
                const char           *path,
                const char           *words)
{
  GPtrArray *problems = briefing_bundle_reader_get_problems (reader);

  for (guint i = 0; i < problems->len; i++)
    {
      BriefingProblem *p = problems->pdata[i];

      if (p->code == code && g_strcmp0 (p->path, path) == 0 && strstr (p->message, words) != NULL)
        {
          g_assert_cmpint (p->severity, ==, BRIEFING_PROBLEM_ERROR);
          g_assert_cmpuint (p->line, >, 0);
          g_assert_cmpuint (p->column, >, 0);
          return;
        }
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_format (problems->pdata[i], "bundle");

      g_test_message ("found: %s", line);
    }
  g_error ("no problem %d at “%s” with “%s”", code, path, words);
}

/* Reads @root and asserts it is refused with exactly that problem among others. */
static void
assert_refused (JsonNode            *root,
                BriefingBundleError  code,
                const char          *path,
                const char          *words)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  bundle = read_node (reader, root, &error);
  g_assert_null (bundle);
  g_assert_nonnull (error);
  g_assert_true (error->domain == BRIEFING_BUNDLE_ERROR);
  g_assert_cmpuint (briefing_bundle_reader_get_n_errors (reader), >, 0);
  assert_problem (reader, code, path, words);
}

static void
test_reads_minimal (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  BriefingEvent *event;
  BriefingOutcome *outcome;
  BriefingCitation *citation;
  gsize start, end;

  bundle = read_node (reader, root, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  g_assert_cmpuint (briefing_bundle_reader_get_problems (reader)->len, ==, 0);

  g_assert_cmpstr (briefing_bundle_get_id (bundle), ==, "example-talks");
  g_assert_cmpstr (briefing_bundle_get_title (bundle), ==, "Example talks");
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (bundle)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_articles (bundle)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_events (bundle)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), ==, 1);
  g_assert_cmpint (briefing_party_get_role (briefing_bundle_lookup_party (bundle, "m")), ==,
                   BRIEFING_PARTY_ROLE_MEDIATOR);

  /* The citation is anchored at the quote, in bytes of the article text. */
  event = briefing_bundle_lookup_event (bundle, "r1");
  outcome = g_ptr_array_index (briefing_event_get_outcomes (event), 0);
  citation = g_ptr_array_index (briefing_outcome_get_citations (outcome), 0);
  g_assert_true (briefing_citation_get_anchor (citation, &start, &end));
  g_assert_cmpuint (start, ==, 30);
  g_assert_cmpuint (end, ==, 52);
}

static void
test_reads_sample (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *events;
  guint n_rounds = 0;

  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (briefing_bundle_reader_get_problems (reader)->len, ==, 0);
  g_assert_true (briefing_bundle_get_file (bundle) == file);

  g_assert_cmpstr (briefing_bundle_get_id (bundle), ==, "istanbul-talks-2025");
  g_assert_nonnull (briefing_bundle_lookup_party (bundle, "ua"));
  g_assert_nonnull (briefing_bundle_lookup_party (bundle, "ru"));
  g_assert_cmpint (briefing_party_get_role (briefing_bundle_lookup_party (bundle, "tr")), ==,
                   BRIEFING_PARTY_ROLE_MEDIATOR);
  g_assert_cmpint (briefing_party_get_role (briefing_bundle_lookup_party (bundle, "us")), ==,
                   BRIEFING_PARTY_ROLE_OBSERVER);

  /* The three Istanbul rounds, and the disputed length of the second. */
  events = briefing_bundle_get_events (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);

      if (briefing_event_get_kind (event) == BRIEFING_EVENT_KIND_TALKS && briefing_event_get_round (event) > 0)
        n_rounds++;
      if (briefing_event_get_round (event) == 2)
        g_assert_nonnull (briefing_event_get_disputed (event));
    }
  g_assert_cmpuint (n_rounds, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), >=, 12);
}

static void
read_async_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BriefingBundle **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = briefing_bundle_reader_read_file_finish (BRIEFING_BUNDLE_READER (source), result, &error);
  g_assert_no_error (error);
}

static void
test_reads_async (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;

  g_autoptr(BriefingBundle) here = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) worked_out = NULL;
  g_autoptr(GPtrArray) none = NULL;

  briefing_bundle_reader_read_file_async (reader, file, NULL, read_async_cb, &bundle);
  while (bundle == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (briefing_bundle_get_id (bundle), ==, "istanbul-talks-2025");

  /* Read on a thread, the bundle comes with its articles newest first; read on the caller's
   * thread (as the command line reads), without. */
  kept = briefing_article_order_dup_kept (briefing_bundle_get_articles (bundle));
  worked_out = briefing_article_order_newest_first (briefing_bundle_get_articles (bundle));
  g_assert_nonnull (kept);
  g_assert_cmpuint (worked_out->len, >, 1);
  g_assert_cmpuint (kept->len, ==, worked_out->len);
  for (guint i = 0; i < kept->len; i++)
    g_assert_true (kept->pdata[i] == worked_out->pdata[i]);

  here = briefing_bundle_reader_read_file (reader, file, NULL, NULL);
  g_assert_nonnull (here);
  none = briefing_article_order_dup_kept (briefing_bundle_get_articles (here));
  g_assert_null (none);
}

static void
test_rejects_missing_version (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_remove_member (object_at (root, ""), "version");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_MISSING_MEMBER, "", "“version”");
}

static void
test_rejects_unsupported_version (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_int_member (object_at (root, ""), "version", 7);
  assert_refused (root, BRIEFING_BUNDLE_ERROR_UNSUPPORTED_VERSION, "version", "unsupported version 7");
}

static void
test_rejects_wrong_format (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(JsonNode) root2 = load_minimal ();

  json_object_set_string_member (object_at (root, ""), "format", "briefing");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE, "format", "“briefing”");

  json_object_remove_member (object_at (root2, ""), "format");
  assert_refused (root2, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE, "", "“format”");
}

static void
test_rejects_unknown_party (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_array_add_string_element (json_object_get_array_member (object_at (root, "events[0]"), "participants"),
                                 "ru2");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_UNKNOWN_REFERENCE, "events[0].participants[2]",
                  "unknown party “ru2”");
}

static void
test_rejects_wrong_kind_of_reference (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  /* An event id where a party id belongs. */
  json_object_set_string_member (object_at (root, "demands[0]"), "party", "r1");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_UNKNOWN_REFERENCE, "demands[0].party", "“r1” is not a party");
}

static void
test_rejects_unknown_event (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_string_member (object_at (root, "demands[0]"), "firstStated", "r9");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_UNKNOWN_REFERENCE, "demands[0].firstStated", "unknown event “r9”");
}

static void
test_rejects_missing_quote (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_string_member (object_at (root, "demands[0].citations[0].selector[0]"), "exact",
                                 "full ceasefire");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_QUOTE_NOT_FOUND, "demands[0].citations[0].selector",
                  "quote not found in article “art1”: “full ceasefire”");
}

static void
test_rejects_wrong_quote_context (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_string_member (object_at (root, "events[0].outcomes[0].citations[0].selector[0]"), "prefix",
                                 "decided to ");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_QUOTE_NOT_FOUND, "events[0].outcomes[0].citations[0].selector",
                  "not with its prefix and suffix");
}

static void
test_rejects_unknown_article (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_string_member (object_at (root, "demands[0].responses[0].citations[0]"), "source", "a2");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_UNKNOWN_REFERENCE, "demands[0].responses[0].citations[0].source",
                  "unknown article “a2”");
}

static void
test_rejects_duplicate_id (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  /* Ids are unique across collections: a demand may not reuse an event's id. */
  json_object_set_string_member (object_at (root, "demands[0]"), "id", "r1");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_DUPLICATE_ID, "demands[0].id", "duplicate id “r1”");
}

static void
test_rejects_non_string_id (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_int_member (object_at (root, "parties[1]"), "id", 2);
  assert_refused (root, BRIEFING_BUNDLE_ERROR_WRONG_TYPE, "parties[1].id", "expected a string, found a number");
}

static void
test_rejects_invalid_id (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_string_member (object_at (root, "parties[1]"), "id", "b/../../x");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "parties[1].id", "not a valid id");
}

static void
test_rejects_unknown_member (void)
{
  g_autoptr(JsonNode) root = load_minimal ();

  json_object_set_array_member (object_at (root, "events[0]"), "partipants", json_array_new ());
  assert_refused (root, BRIEFING_BUNDLE_ERROR_UNKNOWN_MEMBER, "events[0].partipants",
                  "did you mean “participants”?");
}

static void
test_rejects_bad_values (void)
{
  struct {
    const char *object, *member, *value;
    BriefingBundleError code;
    const char *path, *words;
  } cases[] = {
    { "events[0]", "kind", "meeting", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "events[0].kind", "“meeting”" },
    { "events[0]", "start", "2025-02-30", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "events[0].start", "not a date" },
    { "events[0]", "end", "2025-06-01", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "events[0].end", "before the start" },
    { "events[0]", "duration", "90 minutes", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "events[0].duration", "not a duration" },
    { "events[0]", "precision", "exact", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "events[0].precision", "finer" },
    { "parties[0]", "role", "ally", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "parties[0].role", "“ally”" },
    { "parties[0]", "color", "blue", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "parties[0].color", "#rrggbb" },
    { "articles[0]", "sourceGrade", "G", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "articles[0].sourceGrade", "A to F" },
    { "articles[0]", "url", "javascript:alert(1)", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "articles[0].url", "URL" },
    { "articles[0]", "inLanguage", "english", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "articles[0].inLanguage", "language tag" },
    { "articles[0]", "headline", "", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "articles[0].headline", "empty" },
    { "demands[0]", "category", "Cease Fire", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "demands[0].category", "not a category" },
    { "demands[0].responses[0]", "stance", "maybe", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "demands[0].responses[0].stance", "“maybe”" },
    { "demands[0].responses[0]", "party", "a", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "demands[0].responses[0].party", "own demand" },
    { "", "created", "2025-06-03", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "created", "offset" },
    { "", "language", "", BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "language", "language tag" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();

      json_object_set_string_member (object_at (root, cases[i].object), cases[i].member, cases[i].value);
      assert_refused (root, cases[i].code, cases[i].path, cases[i].words);
    }
}

static void
test_rejects_unsafe_image_paths (void)
{
  const char *bad[] = {
    "../secret.png", "images/../../etc/passwd", "/etc/passwd", "C:\\x.png", "file:///etc/passwd",
    "http://example.org/x.png", "~/x.png", "images\\x.png",
  };
  const char *good[] = { "images/fidan.jpg", "https://example.org/x.png", "a..b.png" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(JsonArray) images = json_array_new ();
      g_autoptr(JsonObject) image = json_object_new ();

      json_object_set_string_member (image, "contentUrl", bad[i]);
      json_array_add_object_element (images, g_steal_pointer (&image));
      json_object_set_array_member (object_at (root, "articles[0]"), "image", g_steal_pointer (&images));
      assert_refused (root, BRIEFING_BUNDLE_ERROR_UNSAFE_PATH, "articles[0].image[0].contentUrl", bad[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(JsonArray) images = json_array_new ();
      g_autoptr(JsonObject) image = json_object_new ();
      g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
      g_autoptr(BriefingBundle) bundle = NULL;
      g_autoptr(GError) error = NULL;

      json_object_set_string_member (image, "contentUrl", good[i]);
      json_array_add_object_element (images, g_steal_pointer (&image));
      json_object_set_array_member (object_at (root, "articles[0]"), "image", g_steal_pointer (&images));
      bundle = read_node (reader, root, &error);
      g_assert_no_error (error);
    }
}

static void
test_rejects_paragraph_line_break (void)
{
  /* \n, \r, and the line and paragraph separators, also after another character of the same
   * first byte (“ is E2 80 9C). */
  static const char * const breaks[] = { "one\ntwo", "one\rtwo", "one \u2028two", "“one” \u2029two" };

  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      JsonArray *body = json_object_get_array_member (object_at (root, "articles[0]"), "articleBody");

      json_array_add_string_element (body, breaks[i]);
      assert_refused (root, BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "articles[0].articleBody[2]", "line break");
    }
}

static void
test_accepts_paragraph_punctuation (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  JsonArray *body = json_object_get_array_member (object_at (root, "articles[0]"), "articleBody");
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  /* Dashes, quotes and ellipses share the first byte of the separators. */
  json_array_add_string_element (body, "“One” — two… ‘three’ \u2027");
  bundle = read_node (reader, root, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bundle);
}

static void
test_rejects_missing_citations (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(JsonNode) root2 = load_minimal ();

  json_object_remove_member (object_at (root, "demands[0]"), "citations");
  assert_refused (root, BRIEFING_BUNDLE_ERROR_MISSING_MEMBER, "demands[0]", "“citations”");

  json_object_set_array_member (object_at (root2, "events[0].outcomes[0]"), "citations", json_array_new ());
  assert_refused (root2, BRIEFING_BUNDLE_ERROR_INVALID_VALUE, "events[0].outcomes[0].citations", "at least 1");
}

static void
test_rejects_wrong_top_level (void)
{
  const char *docs[] = { "[]", "\"bundle\"", "42", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
      g_autoptr(BriefingBundle) bundle = NULL;
      g_autoptr(GError) error = NULL;

      bundle = read_string (reader, docs[i], strlen (docs[i]), &error);
      g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE);
      g_assert_nonnull (strstr (error->message, "top level"));
    }
}

/* Asserts @data is refused before parsing with @code, at @line:@column. */
static void
assert_bytes_refused (const char          *data,
                      gsize                length,
                      BriefingBundleError  code,
                      guint                line,
                      guint                column)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  BriefingProblem *problem;

  bundle = read_string (reader, data, length, &error);
  g_assert_null (bundle);
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, (int) code);
  g_assert_cmpuint (briefing_bundle_reader_get_problems (reader)->len, ==, 1);
  problem = g_ptr_array_index (briefing_bundle_reader_get_problems (reader), 0);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
}

static void
test_rejects_hostile_bytes (void)
{
  gsize n = 100000;
  g_autofree char *deep = g_malloc (n);

  assert_bytes_refused ("", 0, BRIEFING_BUNDLE_ERROR_EMPTY, 0, 0);
  assert_bytes_refused ("{\n  \"title\": \"caf\xe9\"\n}", 21, BRIEFING_BUNDLE_ERROR_ENCODING, 2, 16);
  assert_bytes_refused ("{\"format\": \"briefing-bundle\"\0}", 30, BRIEFING_BUNDLE_ERROR_ENCODING, 1, 29);
  memset (deep, '[', n);
  assert_bytes_refused (deep, n, BRIEFING_BUNDLE_ERROR_TOO_DEEP, 1, BRIEFING_JSON_MAX_DEPTH + 1);
  assert_bytes_refused ("{\"format\": \"briefing-bundle\", \"version\": 123456789012345678901234567890}", 70,
                        BRIEFING_BUNDLE_ERROR_NUMBER_RANGE, 1, 42);
  assert_bytes_refused ("{\"version\": 1, \"version\": 2}", 28, BRIEFING_BUNDLE_ERROR_DUPLICATE_MEMBER, 1, 16);
  assert_bytes_refused ("{\"format\": \"briefing-bundle\",}", 30, BRIEFING_BUNDLE_ERROR_SYNTAX, 1, 30);
}

static void
test_rejects_over_size_cap (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autofree char *data = to_data (root);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingBundle) bundle2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  int fd;

  briefing_bundle_reader_set_max_size (reader, 100);

  /* From memory and from a file, which is refused before it is read. */
  bundle = read_string (reader, data, strlen (data), &error);
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE);

  fd = g_file_open_tmp ("briefing-XXXXXX.bundle.json", &path, NULL);
  g_assert_cmpint (fd, >=, 0);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  close (fd);
  file = g_file_new_for_path (path);
  bundle2 = briefing_bundle_reader_read_file (reader, file, NULL, &error2);
  g_assert_error (error2, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error2->message, "too large"));
  g_unlink (path);
}

static gpointer
write_endlessly (gpointer path)
{
  FILE *fifo = fopen (path, "w");
  char chunk[4096];

  /* A stream with no size: far more than the cap, until the reader hangs up. */
  memset (chunk, ' ', sizeof chunk);
  for (guint i = 0; fifo != NULL && i < 1024; i++)
    if (fwrite (chunk, 1, sizeof chunk, fifo) != sizeof chunk)
      break;
  if (fifo != NULL)
    fclose (fifo);
  return NULL;
}

static void
test_rejects_endless_stream (void)
{
  g_autofree char *dir = g_dir_make_tmp ("briefing-fifo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "endless.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  GThread *writer;

  /* The writer may still be writing when the reader hangs up. */
  signal (SIGPIPE, SIG_IGN);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  writer = g_thread_new ("writer", write_endlessly, path);
  briefing_bundle_reader_set_max_size (reader, 64 * 1024);
  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE);

  /* Unblock the writer if it still waits, then clean up. */
  {
    int fd = open (path, O_RDONLY | O_NONBLOCK);

    if (fd >= 0)
      close (fd);
  }
  g_thread_join (writer);
  g_unlink (path);
  g_rmdir (dir);
}

static void
progress_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  BriefingBundle **out = user_data;

  *out = briefing_bundle_reader_read_file_finish (BRIEFING_BUNDLE_READER (source), result, NULL);
}

static void
test_reports_progress (void)
{
  g_autofree char *path = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  double last = 0;

  g_assert_cmpfloat (briefing_bundle_reader_get_progress (reader), ==, 0);
  briefing_bundle_reader_read_file_async (reader, file, NULL, progress_cb, &bundle);
  while (bundle == NULL)
    {
      double progress = briefing_bundle_reader_get_progress (reader);

      if (bundle == NULL && progress > 0)
        {
          g_assert_cmpfloat (progress, >=, last);
          g_assert_cmpfloat (progress, <=, 1);
          last = progress;
        }
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpfloat (briefing_bundle_reader_get_progress (reader), ==, 0);
}

static void
test_collects_all_errors (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  json_object_set_string_member (object_at (root, "parties[0]"), "role", "ally");
  json_object_set_string_member (object_at (root, "events[0]"), "kind", "meeting");
  json_object_set_string_member (object_at (root, "demands[0]"), "firstStated", "r9");

  bundle = read_node (reader, root, &error);
  g_assert_null (bundle);
  g_assert_cmpuint (briefing_bundle_reader_get_n_errors (reader), ==, 3);
  g_assert_nonnull (strstr (error->message, "and 2 more errors"));

  /* In file order. */
  problems = briefing_bundle_reader_get_problems (reader);
  g_assert_cmpstr (((BriefingProblem *) problems->pdata[0])->path, ==, "parties[0].role");
  g_assert_cmpstr (((BriefingProblem *) problems->pdata[1])->path, ==, "events[0].kind");
  g_assert_cmpstr (((BriefingProblem *) problems->pdata[2])->path, ==, "demands[0].firstStated");
}

static void
test_stops_at_error_limit (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  JsonArray *participants = json_object_get_array_member (object_at (root, "events[0]"), "participants");
  GPtrArray *problems;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("nobody%u", i);

      json_array_add_string_element (participants, id);
    }

  briefing_bundle_reader_set_max_errors (reader, 10);
  bundle = read_node (reader, root, NULL);
  g_assert_null (bundle);
  problems = briefing_bundle_reader_get_problems (reader);
  g_assert_cmpuint (problems->len, ==, 11);
  g_assert_cmpint (((BriefingProblem *) problems->pdata[10])->code, ==, BRIEFING_BUNDLE_ERROR_TOO_MANY_ERRORS);
  /* It has no place in the file, and says none. */
  g_assert_cmpuint (((BriefingProblem *) problems->pdata[10])->line, ==, 0);
  g_assert_cmpuint (((BriefingProblem *) problems->pdata[10])->column, ==, 0);
}

static BriefingProblem *
problem_at (GPtrArray  *problems,
            const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (((BriefingProblem *) problems->pdata[i])->path, path))
      return problems->pdata[i];
  g_error ("no problem at %s", path);
}

/* A headline past 1000 characters, or any text past 1 MiB, is refused where it is; a member name of
 * megabytes is printed cut short, and found unknown at once. */
static void
test_refuses_huge_strings (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autofree char *thousand = g_strnfill (1000, 'x');
  g_autofree char *longer = g_strnfill (1001, 'x');
  g_autofree char *huge = g_strnfill (2 * 1024 * 1024, 'x');
  g_autofree char *name = g_strnfill (8 * 1024 * 1024, 'n');
  gint64 start = g_get_monotonic_time ();
  GPtrArray *problems;
  BriefingProblem *p;

  json_object_set_string_member (object_at (root, "parties[0]"), "name", thousand);
  bundle = read_node (reader, root, NULL);
  g_assert_nonnull (bundle);
  g_clear_object (&bundle);

  json_object_set_string_member (object_at (root, "articles[0]"), "headline", longer);
  json_object_set_string_member (object_at (root, "parties[0]"), "reliabilityNotes", huge);
  json_object_set_int_member (object_at (root, "parties[1]"), name, 1);
  bundle = read_node (reader, root, NULL);
  g_assert_null (bundle);
  problems = briefing_bundle_reader_get_problems (reader);
  p = problem_at (problems, "parties[0].reliabilityNotes");
  g_assert_cmpstr (p->message, ==, "the text is too long (2.1\u00a0MB; the limit is 1.0\u00a0MB)");
  p = problem_at (problems, "articles[0].headline");
  g_assert_cmpstr (p->message, ==, "is longer than 1000 characters: a name, title or headline is one line");
  for (guint i = 0; i < problems->len; i++)
    {
      p = problems->pdata[i];
      if (g_str_has_prefix (p->path, "parties[1].nnnn"))
        break;
    }
  g_assert_true (g_str_has_suffix (p->path, "n…"));
  g_assert_cmpuint (strlen (p->path), <, 100);
  g_assert_cmpuint (strlen (p->message), <, 100);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC * time_scale ());
}

/* Past the error limit, the problems reported are the first in the file, not any. */
static void
test_unknown_members_in_file_order (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  JsonObject *party = object_at (root, "parties[0]");
  GPtrArray *problems;

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *name = g_strdup_printf ("extra%03u", i);

      json_object_set_int_member (party, name, i);
    }

  briefing_bundle_reader_set_max_errors (reader, 5);
  bundle = read_node (reader, root, NULL);
  g_assert_null (bundle);
  problems = briefing_bundle_reader_get_problems (reader);
  g_assert_cmpuint (problems->len, ==, 6);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *path = g_strdup_printf ("parties[0].extra%03u", i);

      g_assert_cmpstr (((BriefingProblem *) problems->pdata[i])->path, ==, path);
    }
}

static void
test_locates_errors (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);
  g_autofree char *data = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  BriefingProblem *problem;
  g_auto(GStrv) halves = NULL;

  /* Line and column point at the value in the file as written. */
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  halves = g_strsplit (data, "\"mediators\": [\n        \"m\"", 2);
  g_assert_cmpuint (g_strv_length (halves), ==, 2);
  broken = g_strconcat (halves[0], "\"mediators\": [\n        \"x\"", halves[1], NULL);

  bundle = read_string (reader, broken, strlen (broken), NULL);
  g_assert_null (bundle);
  problem = g_ptr_array_index (briefing_bundle_reader_get_problems (reader), 0);
  g_assert_cmpstr (problem->path, ==, "events[0].mediators[0]");
  g_assert_cmpuint (problem->line, ==, 51);
  g_assert_cmpuint (problem->column, ==, 9);
}

static void
test_accepts_single_selector_object (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *citation = object_at (root, "demands[0].citations[0]");
  JsonNode *selector = json_array_dup_element (json_object_get_array_member (citation, "selector"), 0);

  json_object_set_member (citation, "selector", selector);
  bundle = read_node (reader, root, &error);
  g_assert_no_error (error);
}

static void
test_warns_ambiguous_quote (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  BriefingProblem *problem;

  /* "Borduria" occurs twice: the bundle is valid, with a warning. */
  json_object_set_string_member (object_at (root, "demands[0].responses[0].citations[0].selector[0]"), "exact",
                                 "Borduria");
  bundle = read_node (reader, root, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  g_assert_cmpuint (briefing_bundle_reader_get_problems (reader)->len, ==, 1);
  problem = g_ptr_array_index (briefing_bundle_reader_get_problems (reader), 0);
  g_assert_cmpint (problem->severity, ==, BRIEFING_PROBLEM_WARNING);
  g_assert_nonnull (strstr (problem->message, "more than once"));
}

static void
test_position_chooses_among_repeats (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) bundle = NULL;
  JsonObject *citation = object_at (root, "demands[0].responses[0].citations[0]");
  JsonArray *selectors = json_object_get_array_member (citation, "selector");
  g_autoptr(JsonObject) position = json_object_new ();
  BriefingDemand *demand;
  BriefingResponse *response;
  gsize start, end;

  /* The second "Borduria" starts at code point 89 of the text. */
  json_object_set_string_member (json_array_get_object_element (selectors, 0), "exact", "Borduria");
  json_object_set_string_member (position, "type", "TextPositionSelector");
  json_object_set_int_member (position, "start", 89);
  json_object_set_int_member (position, "end", 97);
  json_array_add_object_element (selectors, g_steal_pointer (&position));

  bundle = read_node (reader, root, NULL);
  g_assert_nonnull (bundle);
  g_assert_cmpuint (briefing_bundle_reader_get_problems (reader)->len, ==, 0);
  demand = briefing_bundle_lookup_demand (bundle, "d1");
  response = g_ptr_array_index (briefing_demand_get_responses (demand), 0);
  g_assert_true (briefing_citation_get_anchor (g_ptr_array_index (briefing_response_get_citations (response), 0),
                                               &start, &end));
  g_assert_cmpuint (start, ==, 89);
  g_assert_cmpuint (end, ==, 97);
}

/* @root's text with 300 kB of spaces before its events: big enough for the strict check to run
 * on a thread of its own while the items before them are read. */
static GString *
padded_text (JsonNode *root)
{
  g_autofree char *data = to_data (root);
  const char *events = strstr (data, "\"events\"");
  GString *text = g_string_new (NULL);

  g_assert_nonnull (events);
  g_string_append_len (text, data, events - data);
  for (guint i = 0; i < 300 * 1024; i++)
    g_string_append_c (text, i % 80 == 79 ? '\n' : ' ');
  g_string_append (text, events);
  return text;
}

static void
test_reads_while_checking (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(GString) text = padded_text (root);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) small = NULL, big = NULL;
  g_autoptr(GError) error = NULL;

  small = read_node (reader, root, &error);
  g_assert_no_error (error);
  big = read_string (reader, text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (big);
  g_assert_true (briefing_bundle_equal (small, big));
}

/* A text the check refuses is reported by that problem alone, though items before it were read
 * (and found wrong) while it ran. */
static void
test_refused_while_checking (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GString) text = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  BriefingProblem *problem;
  char *last;

  json_object_set_int_member (object_at (root, "articles[0]"), "headline", 5);
  text = padded_text (root);

  /* Alone, the wrong headline is found. */
  bundle = read_string (reader, text->str, text->len, &error);
  g_assert_null (bundle);
  g_clear_error (&error);
  assert_problem (reader, BRIEFING_BUNDLE_ERROR_WRONG_TYPE, "articles[0].headline", "");

  /* With the closing brace gone, only the end of the text is. */
  last = strrchr (text->str, '}');
  *last = ' ';
  bundle = read_string (reader, text->str, text->len, &error);
  g_assert_null (bundle);
  g_assert_nonnull (error);
  g_clear_error (&error);
  problems = briefing_bundle_reader_get_problems (reader);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = problems->pdata[0];
  g_assert_cmpint (problem->code, ==, BRIEFING_BUNDLE_ERROR_SYNTAX);
  g_assert_cmpuint (problem->line, >, 3000);

  /* A bad byte after the padding: the same. */
  *last = '}';
  text->str[text->len - 3] = '\xff';
  bundle = read_string (reader, text->str, text->len, &error);
  g_assert_null (bundle);
  g_clear_error (&error);
  problems = briefing_bundle_reader_get_problems (reader);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (((BriefingProblem *) problems->pdata[0])->code, ==, BRIEFING_BUNDLE_ERROR_ENCODING);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bundle/reader/reads-minimal", test_reads_minimal);
  g_test_add_func ("/bundle/reader/reads-sample", test_reads_sample);
  g_test_add_func ("/bundle/reader/reads-async", test_reads_async);
  g_test_add_func ("/bundle/reader/accepts-single-selector-object", test_accepts_single_selector_object);
  g_test_add_func ("/bundle/reader/warns-ambiguous-quote", test_warns_ambiguous_quote);
  g_test_add_func ("/bundle/reader/position-chooses-among-repeats", test_position_chooses_among_repeats);
  g_test_add_func ("/bundle/reader/rejects-missing-version", test_rejects_missing_version);
  g_test_add_func ("/bundle/reader/rejects-unsupported-version", test_rejects_unsupported_version);
  g_test_add_func ("/bundle/reader/rejects-wrong-format", test_rejects_wrong_format);
  g_test_add_func ("/bundle/reader/rejects-unknown-party", test_rejects_unknown_party);
  g_test_add_func ("/bundle/reader/rejects-wrong-kind-of-reference", test_rejects_wrong_kind_of_reference);
  g_test_add_func ("/bundle/reader/rejects-unknown-event", test_rejects_unknown_event);
  g_test_add_func ("/bundle/reader/rejects-missing-quote", test_rejects_missing_quote);
  g_test_add_func ("/bundle/reader/rejects-wrong-quote-context", test_rejects_wrong_quote_context);
  g_test_add_func ("/bundle/reader/rejects-unknown-article", test_rejects_unknown_article);
  g_test_add_func ("/bundle/reader/rejects-duplicate-id", test_rejects_duplicate_id);
  g_test_add_func ("/bundle/reader/rejects-non-string-id", test_rejects_non_string_id);
  g_test_add_func ("/bundle/reader/rejects-invalid-id", test_rejects_invalid_id);
  g_test_add_func ("/bundle/reader/rejects-unknown-member", test_rejects_unknown_member);
  g_test_add_func ("/bundle/reader/rejects-bad-values", test_rejects_bad_values);
  g_test_add_func ("/bundle/reader/rejects-unsafe-image-paths", test_rejects_unsafe_image_paths);
  g_test_add_func ("/bundle/reader/rejects-paragraph-line-break", test_rejects_paragraph_line_break);
  g_test_add_func ("/bundle/reader/accepts-paragraph-punctuation", test_accepts_paragraph_punctuation);
  g_test_add_func ("/bundle/reader/reads-while-checking", test_reads_while_checking);
  g_test_add_func ("/bundle/reader/refused-while-checking", test_refused_while_checking);
  g_test_add_func ("/bundle/reader/rejects-missing-citations", test_rejects_missing_citations);
  g_test_add_func ("/bundle/reader/rejects-wrong-top-level", test_rejects_wrong_top_level);
  g_test_add_func ("/bundle/reader/rejects-hostile-bytes", test_rejects_hostile_bytes);
  g_test_add_func ("/bundle/reader/rejects-over-size-cap", test_rejects_over_size_cap);
  g_test_add_func ("/bundle/reader/rejects-endless-stream", test_rejects_endless_stream);
  g_test_add_func ("/bundle/reader/reports-progress", test_reports_progress);
  g_test_add_func ("/bundle/reader/collects-all-errors", test_collects_all_errors);
  g_test_add_func ("/bundle/reader/stops-at-error-limit", test_stops_at_error_limit);
  g_test_add_func ("/bundle/reader/unknown-members-in-file-order", test_unknown_members_in_file_order);
  g_test_add_func ("/bundle/reader/refuses-huge-strings", test_refuses_huge_strings);
  g_test_add_func ("/bundle/reader/locates-errors", test_locates_errors);

  return g_test_run ();
}
