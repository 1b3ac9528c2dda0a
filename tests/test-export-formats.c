/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "composer-test-utils.h"

typedef struct
{
  char                    *dir;
  BriefingBundle          *bundle;
  BriefingAnnotationStore *store;
  BriefingComposition     *composition;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  BriefingExportOptions options;

  fixture->dir = make_temp_dir ();
  fixture->bundle = load_sample ();
  fixture->store = sample_store (fixture->dir, fixture->bundle);
  test_options_init (&options);
  options.prepared_by = g_strdup ("Desk “A”: \\ analysts");
  fixture->composition = briefing_compose (fixture->bundle, fixture->store, &options);
  briefing_export_options_clear (&options);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->composition, briefing_composition_unref);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->bundle);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_format_nicks (void)
{
  BriefingExportFormat format;

  for (BriefingExportFormat f = BRIEFING_EXPORT_PDF; f <= BRIEFING_EXPORT_MARKDOWN; f++)
    {
      g_assert_true (briefing_export_format_from_nick (briefing_export_format_to_nick (f), &format));
      g_assert_cmpint (format, ==, f);
      g_assert_true (g_str_has_prefix (briefing_export_format_suffix (f), "."));
    }
  g_assert_cmpstr (briefing_export_format_suffix (BRIEFING_EXPORT_JSON), ==, ".briefing.json");
  g_assert_false (briefing_export_format_from_nick ("docx", &format));
}

static void
test_paper (void)
{
  BriefingPaper paper;
  double width, height;

  g_assert_true (briefing_paper_from_nick ("a4", &paper));
  g_assert_cmpint (paper, ==, BRIEFING_PAPER_A4);
  briefing_paper_get_size (paper, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.001);
  g_assert_cmpfloat_with_epsilon (height, 841.890, 0.001);
  g_assert_true (briefing_paper_from_nick ("letter", &paper));
  briefing_paper_get_size (paper, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  g_assert_false (briefing_paper_from_nick ("a5", &paper));
}

/* The JSON briefing, read back. */
static JsonNode *
composition_to_node (BriefingComposition *composition)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = briefing_composition_to_json (composition, NULL);
  JsonNode *node = json_from_string (data, &error);

  g_assert_no_error (error);
  return node;
}

static void
test_json_members (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(JsonNode) all = composition_to_node (fixture->composition);
  g_autoptr(JsonNode) cover = NULL;
  g_autoptr(BriefingComposition) composition = NULL;
  BriefingExportOptions options;
  JsonObject *object = json_node_get_object (all);
  JsonObject *item;
  const char *always[] = {
    "format", "version", "title", "date", "sections", "bundle", "parties", "period", NULL,
  };
  const char *sections[] = {
    "bottomLine", "timeline", "positions", "questions", "annotations", "sources", NULL,
  };
  JsonArray *groups;

  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "briefing");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "date"), ==, BRIEFING_DATE);
  g_assert_cmpstr (json_object_get_string_member (object, "preparedBy"), ==, "Desk “A”: \\ analysts");
  for (guint i = 0; sections[i] != NULL; i++)
    g_assert_true (json_object_has_member (object, sections[i]));

  /* Annotations are W3C objects with the briefing's members. */
  groups = json_object_get_array_member (json_object_get_object_member (object, "annotations"), "groups");
  item = json_array_get_object_element (
    json_object_get_array_member (json_array_get_object_element (groups, 0), "items"), 0);
  g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
  g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "highlighting");
  g_assert_cmpint (json_object_get_int_member (item, "briefing:source"), ==, 2);
  item = json_array_get_object_element (json_object_get_array_member (object, "questions"), 0);
  g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "questioning");
  g_assert_true (json_object_get_boolean_member (item, "briefing:overdue"));
  g_assert_cmpstr (json_object_get_string_member (item, "briefing:ownerName"), ==, "Desk B");

  test_options_init (&options);
  options.sections = BRIEFING_SECTION_COVER;
  composition = briefing_compose (fixture->bundle, fixture->store, &options);
  cover = composition_to_node (composition);
  object = json_node_get_object (cover);
  for (guint i = 0; always[i] != NULL; i++)
    g_assert_true (json_object_has_member (object, always[i]));
  for (guint i = 0; sections[i] != NULL; i++)
    g_assert_false (json_object_has_member (object, sections[i]));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "sections")), ==, 1);
  briefing_export_options_clear (&options);
}

static gboolean
is_integer (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_INT64;
}

static void
test_timelinejs (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonNode) root = briefing_composition_to_timelinejs (fixture->composition);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *object = json_node_get_object (root);
  JsonObject *title = json_object_get_object_member (json_object_get_object_member (object, "title"), "text");
  JsonArray *events = json_object_get_array_member (object, "events");

  g_assert_cmpstr (json_object_get_string_member (title, "headline"), ==,
                   "Istanbul talks 2025 (Russia–Ukraine)");
  g_assert_nonnull (strstr (json_object_get_string_member (title, "text"),
                            "<p>Prepared by Desk “A”: \\ analysts</p>"));

  g_assert_cmpuint (json_array_get_length (events), ==, fixture->composition->events->len);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonObject *start = json_object_get_object_member (event, "start_date");
      JsonObject *text = json_object_get_object_member (event, "text");
      const char *id = json_object_get_string_member (event, "unique_id");

      g_assert_true (is_integer (start, "year"));
      g_assert_cmpint (json_object_get_int_member (start, "year"), ==, 2025);
      g_assert_true (is_integer (start, "month"));
      g_assert_cmpstr (json_object_get_string_member (text, "headline"), !=, "");
      g_assert_nonnull (json_object_get_string_member (text, "text"));
      g_assert_nonnull (json_object_get_string_member (event, "group"));
      g_assert_nonnull (json_object_get_string_member (event, "display_date"));
      g_assert_nonnull (id);
      g_assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer) id);

      /* Only what the bundle knows: the August deadline has no day. */
      if (g_str_equal (id, "e-leaders-august"))
        {
          g_assert_false (json_object_has_member (start, "day"));
          g_assert_cmpstr (json_object_get_string_member (event, "group"), ==, "Deadlines");
        }
      else
        g_assert_true (is_integer (start, "day"));

      if (g_str_equal (id, "e-exchange-may"))
        {
          JsonObject *end = json_object_get_object_member (event, "end_date");

          g_assert_cmpint (json_object_get_int_member (end, "day"), ==, 25);
        }
      else if (g_str_equal (id, "e-round3"))
        {
          const char *html = json_object_get_string_member (text, "text");

          g_assert_nonnull (strstr (html, "<li><strong>Agreed:</strong> "
                                          "Exchange of 1,200 more prisoners on each side [1]</li>"));
          g_assert_true (g_str_has_prefix (html, "<p>"));
        }
    }
}

static void
test_timelinejs_escapes (void)
{
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("escapes", "Talks <A> & “B”");
  BriefingDate date = parse_date ("2025-03");
  g_autoptr(BriefingEvent) event = NULL;
  g_autoptr(BriefingOutcome) outcome = briefing_outcome_new ("Deal on A & B", BRIEFING_OUTCOME_STATUS_AGREED);
  g_autoptr(BriefingComposition) composition = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *first, *title;

  event = briefing_event_new ("e1", BRIEFING_EVENT_KIND_OTHER, "Meeting <script>", &date);
  briefing_event_add_outcome (event, outcome);
  briefing_bundle_add_event (bundle, event);
  composition = briefing_compose (bundle, NULL, NULL);
  root = briefing_composition_to_timelinejs (composition);
  first = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "events"), 0);
  title = json_object_get_object_member (json_object_get_object_member (json_node_get_object (root), "title"), "text");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (first, "text"), "headline"), ==,
                   "Meeting &lt;script&gt;");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (first, "text"), "text"), ==,
                   "<ul><li><strong>Agreed:</strong> Deal on A &amp; B</li></ul>");
  g_assert_false (json_object_has_member (json_object_get_object_member (first, "start_date"), "day"));
  g_assert_cmpstr (json_object_get_string_member (title, "headline"), ==, "Talks &lt;A&gt; &amp; “B”");
}

/* The front matter as key → value, reading YAML double-quoted strings; NULL when it is not there. */
static GHashTable *
parse_front_matter (const char *markdown)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint i;

  if (g_strcmp0 (lines[0], "---") != 0)
    return NULL;
  for (i = 1; lines[i] != NULL && !g_str_equal (lines[i], "---"); i++)
    {
      const char *colon = strstr (lines[i], ": \"");
      g_autofree char *key = NULL;
      g_autofree char *quoted = NULL;

      g_assert_nonnull (colon);
      g_assert_true (g_str_has_suffix (lines[i], "\""));
      key = g_strndup (lines[i], colon - lines[i]);
      g_assert_true (g_regex_match_simple ("^[a-z_]+$", key, 0, 0));
      /* g_strcompress() reads the same escapes YAML's double-quoted strings use here. */
      quoted = g_strndup (colon + 3, strlen (colon + 3) - 1);
      g_hash_table_insert (values, g_steal_pointer (&key), g_strcompress (quoted));
    }
  g_assert_nonnull (lines[i]);
  return g_steal_pointer (&values);
}

static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *markdown = briefing_composition_to_markdown (fixture->composition);
  g_autoptr(GHashTable) front = parse_front_matter (markdown);
  const char *expected[] = {
    "\n# Istanbul talks 2025 (Russia–Ukraine)\n",
    "\n## Key point\n\n> agreed to exchange 1,000 prisoners of war for 1,000\n\n*Tags:* prisoners, exchange\n\n"
    "— *First direct Russia–Ukraine talks since 2022 end with a prisoner deal* [2]\n",
    "\n> a further exchange of 1,200 prisoners on each side\n\nThird swap in a row.\n\n",
    "\n## Contradiction\n\n> turned down an unconditional ceasefire\n\n"
    "\\*Not\\* a \\[final\\] no — see \\#2 \\<b\\>\n1\\. check\\_this \\& that\n\n",
    "\n## Agreement\n\nMemoranda exchanged at the table.\n\n— *Second round of direct talks*\n",
    "\n## Open questions and deadlines\n\n- **Date for a leaders’ meeting?** — About: *A meeting between Presidents "
    "Zelensky and Putin* — Owner: Desk B — Deadline: 30 June 2025 (**overdue**)\n",
    "\n- **Will a fourth round be held?** — Owner: Ukraine — Deadline: August 2025\n",
    "\n## Sources\n\n1. *Third Istanbul round: another 1,200-for-1,200 swap, and Russia proposes working groups*, "
    "Briefing sample, 24 July 2025 — Source grade: B – usually reliable\n",
  };

  g_assert_nonnull (front);
  g_assert_cmpstr (g_hash_table_lookup (front, "title"), ==, "Istanbul talks 2025 (Russia–Ukraine)");
  g_assert_cmpstr (g_hash_table_lookup (front, "date"), ==, BRIEFING_DATE);
  g_assert_cmpstr (g_hash_table_lookup (front, "bundle"), ==, SAMPLE_ID);
  g_assert_cmpstr (g_hash_table_lookup (front, "period"), ==, "2025-05-16/2025-08");
  g_assert_cmpstr (g_hash_table_lookup (front, "prepared_by"), ==, "Desk “A”: \\ analysts");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (markdown, expected[i]) == NULL)
      g_error ("Markdown lacks «%s»:\n%s", expected[i], markdown);
  g_assert_true (g_str_has_suffix (markdown, "\n"));
  g_assert_false (g_str_has_suffix (markdown, "\n\n"));
}

static void
test_markdown_empty (void)
{
  g_autoptr(BriefingBundle) bundle = briefing_bundle_new ("empty", "Line one\nsecond: \"line\"\t\\");
  g_autoptr(BriefingComposition) composition = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr(GHashTable) front = NULL;
  BriefingExportOptions options;

  test_options_init (&options);
  composition = briefing_compose (bundle, NULL, &options);
  markdown = briefing_composition_to_markdown (composition);
  front = parse_front_matter (markdown);
  g_assert_cmpstr (g_hash_table_lookup (front, "title"), ==, "Line one\nsecond: \"line\"\t\\");
  g_assert_false (g_hash_table_contains (front, "period"));
  g_assert_false (g_hash_table_contains (front, "prepared_by"));
  g_assert_nonnull (strstr (markdown, "\n# Line one second: \"line\"\t\\\\\n"));
  g_assert_nonnull (strstr (markdown, "\n## Annotations\n\nNo highlights or notes.\n"));
  g_assert_nonnull (strstr (markdown, "\n## Open questions and deadlines\n\nNo open questions.\n"));
  g_assert_nonnull (strstr (markdown, "\n## Sources\n\nNo sources cited.\n"));
  briefing_export_options_clear (&options);
}

static void
test_write (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "out.briefing.json", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  gsize length;
  int progress = -1;

  for (BriefingExportFormat format = BRIEFING_EXPORT_JSON; format <= BRIEFING_EXPORT_MARKDOWN; format++)
    {
      g_assert_true (briefing_export_write (fixture->composition, format, NULL, path, &progress, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (progress, ==, 1000);
      g_assert_true (g_file_get_contents (path, &written, &length, NULL));
      expected = briefing_export_to_data (fixture->composition, format, NULL);
      g_assert_cmpstr (written, ==, expected);
      g_assert_cmpuint (length, ==, strlen (expected));
      g_assert_true (g_utf8_validate (written, length, NULL));
      g_clear_pointer (&written, g_free);
      g_clear_pointer (&expected, g_free);
    }

  /* Cancelled: the file is left as it was. */
  g_assert_true (g_file_set_contents (path, "before", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (briefing_export_write (fixture->composition, BRIEFING_EXPORT_JSON, NULL, path, &progress,
                                         cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, "before");
  g_clear_error (&error);

  /* A folder that is not there. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (fixture->dir, "missing", "out.md", NULL);
  g_assert_false (briefing_export_write (fixture->composition, BRIEFING_EXPORT_MARKDOWN, NULL, path, NULL, NULL,
                                         &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing"));
}

static void
test_write_pdf (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  BriefingRenderOptions options;
  gsize length, again_length;
  int progress = -1;

  briefing_render_options_init (&options);
  options.creation_time = 1753401600;
  options.author = g_strdup ("Desk A");

  g_assert_true (briefing_export_write (fixture->composition, BRIEFING_EXPORT_PDF, &options, path, &progress, NULL,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (progress, ==, 1000);
  g_assert_true (g_file_get_contents (path, &first, &length, NULL));
  g_assert_true (g_str_has_prefix (first, "%PDF-"));

  /* A fixed creation time gives the same bytes. */
  g_assert_true (briefing_export_write (fixture->composition, BRIEFING_EXPORT_PDF, &options, path, NULL, NULL, NULL));
  g_assert_true (g_file_get_contents (path, &again, &again_length, NULL));
  g_assert_cmpmem (first, length, again, again_length);

  /* Cancelled: the file is left as it was. */
  g_cancellable_cancel (cancellable);
  g_assert_false (briefing_export_write (fixture->composition, BRIEFING_EXPORT_PDF, &options, path, NULL,
                                         cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&again, g_free);
  g_assert_true (g_file_get_contents (path, &again, &again_length, NULL));
  g_assert_cmpmem (first, length, again, again_length);
  briefing_render_options_clear (&options);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncResult;

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *async = user_data;

  async->ok = briefing_export_write_finish (result, &async->error);
  async->done = TRUE;
}

static void
test_write_async (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "out.timeline.json", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = briefing_export_to_data (fixture->composition, BRIEFING_EXPORT_TIMELINEJS, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult async = { 0 };
  int progress = 0;

  briefing_export_write_async (fixture->composition, BRIEFING_EXPORT_TIMELINEJS, NULL, path, &progress, NULL,
                               written_cb, &async);
  while (!async.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (async.error);
  g_assert_true (async.ok);
  g_assert_cmpint (g_atomic_int_get (&progress), ==, 1000);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  /* A PDF with options the caller frees at once: the same bytes as written in the foreground. */
  {
    g_autofree char *pdf = g_build_filename (fixture->dir, "out.pdf", NULL);
    g_autofree char *foreground = NULL, *background = NULL;
    gsize foreground_length, background_length;
    BriefingRenderOptions options;

    briefing_render_options_init (&options);
    options.paper = BRIEFING_PAPER_LETTER;
    options.creation_time = 1753401600;
    options.author = g_strdup ("Desk A");
    g_assert_true (briefing_export_write (fixture->composition, BRIEFING_EXPORT_PDF, &options, pdf, NULL, NULL, NULL));
    g_assert_true (g_file_get_contents (pdf, &foreground, &foreground_length, NULL));
    g_assert_nonnull (memmem (foreground, foreground_length, "Desk A", 6));
    g_assert_cmpint (g_unlink (pdf), ==, 0);

    async = (AsyncResult) { 0 };
    briefing_export_write_async (fixture->composition, BRIEFING_EXPORT_PDF, &options, pdf, NULL, NULL, written_cb,
                                 &async);
    briefing_render_options_clear (&options);
    while (!async.done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_no_error (async.error);
    g_assert_true (g_file_get_contents (pdf, &background, &background_length, NULL));
    g_assert_cmpmem (background, background_length, foreground, foreground_length);
  }

  /* Cancelled before it starts. */
  g_cancellable_cancel (cancellable);
  async = (AsyncResult) { 0 };
  briefing_export_write_async (fixture->composition, BRIEFING_EXPORT_JSON, NULL, path, NULL, cancellable,
                               written_cb, &async);
  while (!async.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (async.ok);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&async.error);
}

/* A copy of render options owns its author; a copy of none is the defaults. */
static void
test_render_options_copy (void)
{
  BriefingRenderOptions src, copy, defaults;

  briefing_render_options_init (&src);
  src.paper = BRIEFING_PAPER_LETTER;
  src.creation_time = 1753401600;
  src.author = g_strdup ("Desk A");
  briefing_render_options_copy (&copy, &src);
  g_assert_true (copy.author != src.author);
  briefing_render_options_clear (&src);
  g_assert_cmpint (copy.paper, ==, BRIEFING_PAPER_LETTER);
  g_assert_cmpint (copy.creation_time, ==, 1753401600);
  g_assert_cmpstr (copy.author, ==, "Desk A");
  briefing_render_options_clear (&copy);
  g_assert_null (copy.author);

  briefing_render_options_copy (&defaults, NULL);
  g_assert_cmpint (defaults.paper, ==, BRIEFING_PAPER_A4);
  g_assert_cmpint (defaults.creation_time, ==, -1);
  g_assert_null (defaults.author);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format-nicks", test_format_nicks);
  g_test_add_func ("/export/paper", test_paper);
  g_test_add_func ("/export/render-options/copy", test_render_options_copy);
#define ADD(path, func) g_test_add ("/export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("json/members", test_json_members);
  ADD ("timelinejs/fields", test_timelinejs);
  ADD ("markdown/sample", test_markdown);
  ADD ("write", test_write);
  ADD ("write-async", test_write_async);
  ADD ("write-pdf", test_write_pdf);
#undef ADD
  g_test_add_func ("/export/timelinejs/escapes", test_timelinejs_escapes);
  g_test_add_func ("/export/markdown/empty", test_markdown_empty);

  return g_test_run ();
}
