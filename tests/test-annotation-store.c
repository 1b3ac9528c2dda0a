/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "annotation-test-utils.h"

static gboolean
wake_up_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
wait_until_saved (BriefingAnnotationStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint wake_up = g_timeout_add (20, wake_up_cb, NULL);

  while (briefing_annotation_store_get_dirty (store) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake_up);
  g_assert_false (briefing_annotation_store_get_dirty (store));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) list = every_kind ();
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(BriefingAnnotationStore) again = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (store, G_TYPE_LIST_MODEL));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == BRIEFING_TYPE_ANNOTATION);

  briefing_annotation_store_set_save_delay (store, 60000);
  for (guint i = 0; i < list->len; i++)
    briefing_annotation_store_add (store, list->pdata[i]);
  briefing_annotation_store_set_label (store, "yellow", "Key demand");
  g_assert_true (briefing_annotation_store_get_dirty (store));
  g_assert_true (briefing_annotation_store_lookup (store, briefing_annotation_get_id (list->pdata[3])) == list->pdata[3]);

  g_assert_true (briefing_annotation_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (briefing_annotation_store_get_dirty (store));

  /* Private to the user. */
  g_assert_cmpint (g_stat (briefing_annotation_store_get_path (store), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  again = new_store (fixture);
  assert_same (again, list);
  g_assert_cmpstr (briefing_annotation_store_get_label (again, "yellow"), ==, "Key demand");
  g_assert_cmpstr (briefing_annotation_store_get_label (again, "red"), ==, "Contradiction");
  g_assert_null (briefing_annotation_store_get_error_message (again));
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_null (briefing_annotation_store_get_error_message (store));
  g_assert_false (briefing_annotation_store_get_dirty (store));
  g_assert_true (briefing_annotation_store_flush (store, NULL));
  /* Nothing to keep: no file is written. */
  g_assert_false (g_file_test (briefing_annotation_store_get_path (store), G_FILE_TEST_EXISTS));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  GArray *values = user_data;
  gboolean dirty = briefing_annotation_store_get_dirty (BRIEFING_ANNOTATION_STORE (object));

  g_array_append_val (values, dirty);
}

static void
test_debounce (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) list = every_kind ();
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(BriefingAnnotationStore) again = NULL;
  g_autoptr(GArray) dirty = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(BriefingAnnotation) edited = NULL;
  const char *path = briefing_annotation_store_get_path (store);

  briefing_annotation_store_set_save_delay (store, 100);
  g_signal_connect (store, "notify::dirty", G_CALLBACK (count_notify_cb), dirty);

  for (guint i = 0; i < list->len; i++)
    briefing_annotation_store_add (store, list->pdata[i]);
  edited = briefing_annotation_copy (list->pdata[0]);
  briefing_annotation_set_note (edited, "Edited");
  briefing_annotation_store_replace (store, edited);
  briefing_annotation_store_remove (store, briefing_annotation_get_id (list->pdata[5]));
  briefing_annotation_store_set_label (store, "blue", "Context");

  /* Nothing is written before the delay. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (dirty->len, ==, 1);

  wait_until_saved (store);
  /* One write for all the changes: dirty went up once and down once. */
  g_assert_cmpuint (dirty->len, ==, 2);
  g_assert_true (g_array_index (dirty, gboolean, 0));
  g_assert_false (g_array_index (dirty, gboolean, 1));

  again = new_store (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, list->len - 1);
  g_assert_cmpstr (briefing_annotation_get_note (briefing_annotation_store_lookup (again, briefing_annotation_get_id (edited))),
                   ==, "Edited");
  g_assert_cmpstr (briefing_annotation_store_get_label (again, "blue"), ==, "Context");
  g_clear_object (&again);

  /* A later change is saved again. */
  briefing_annotation_store_remove (store, briefing_annotation_get_id (list->pdata[4]));
  wait_until_saved (store);
  g_assert_cmpuint (dirty->len, ==, 4);
  again = new_store (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, list->len - 2);
}

static void
test_save_on_dispose (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) list = every_kind ();
  BriefingAnnotationStore *store = new_store (fixture);
  g_autoptr(BriefingAnnotationStore) again = NULL;

  briefing_annotation_store_set_save_delay (store, 60000);
  briefing_annotation_store_add (store, list->pdata[0]);
  g_object_unref (store);

  again = new_store (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) list = every_kind ();
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(BriefingUndoContext) undo = briefing_undo_context_new ();
  g_autoptr(BriefingAnnotation) before = NULL;
  g_autoptr(BriefingAnnotation) after = NULL;
  BriefingAnnotation *middle = list->pdata[1];
  GListModel *model = G_LIST_MODEL (store);

  briefing_annotation_store_set_save_delay (store, 60000);
  for (guint i = 0; i < 3; i++)
    briefing_annotation_store_change (store, undo, NULL, list->pdata[i], "Add Highlight");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (briefing_undo_context_get_undo_label (undo), ==, "Add Highlight");

  /* Replace: the objects given are copied, so editing them later changes no history. */
  before = briefing_annotation_copy (middle);
  after = briefing_annotation_copy (middle);
  briefing_annotation_set_note (after, "Changed");
  briefing_annotation_touch (after);
  briefing_annotation_store_change (store, undo, before, after, "Edit Note");
  briefing_annotation_set_note (before, "Changed outside the store’s history");
  g_assert_cmpstr (briefing_undo_context_get_undo_label (undo), ==, "Edit Note");

  /* Remove the one in the middle. */
  briefing_annotation_store_change (store, undo, briefing_annotation_store_lookup (store, briefing_annotation_get_id (middle)),
                                    NULL, "Delete Note");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_null (briefing_annotation_store_lookup (store, briefing_annotation_get_id (middle)));

  /* Undo the removal: back in its place, as it was after the edit. */
  g_assert_true (briefing_undo_context_undo (undo));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  {
    g_autoptr(BriefingAnnotation) item = g_list_model_get_item (model, 1);

    g_assert_cmpstr (briefing_annotation_get_id (item), ==, briefing_annotation_get_id (middle));
    g_assert_cmpstr (briefing_annotation_get_note (item), ==, "Changed");
  }

  /* Undo the edit, then the three additions. */
  g_assert_true (briefing_undo_context_undo (undo));
  g_assert_true (briefing_annotation_equal (briefing_annotation_store_lookup (store, briefing_annotation_get_id (middle)),
                                            middle));
  for (guint i = 0; i < 3; i++)
    g_assert_true (briefing_undo_context_undo (undo));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_false (briefing_undo_context_get_can_undo (undo));

  /* Redo everything. */
  while (briefing_undo_context_redo (undo))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_null (briefing_annotation_store_lookup (store, briefing_annotation_get_id (middle)));
  g_assert_true (briefing_undo_context_undo (undo));
  g_assert_cmpstr (briefing_annotation_get_note (briefing_annotation_store_lookup (store, briefing_annotation_get_id (middle))),
                   ==, "Changed");

  /* Undone changes are saved like any other. */
  g_assert_true (briefing_annotation_store_get_dirty (store));
  g_assert_true (briefing_annotation_store_flush (store, NULL));
  {
    g_autoptr(BriefingAnnotationStore) again = new_store (fixture);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 3);
  }

  /* The context keeps the store alive until it forgets its records. */
  briefing_undo_context_clear (undo);
  g_assert_cmpuint (G_OBJECT (store)->ref_count, ==, 1);
}

/* Corrupt files */

typedef struct
{
  const char *name;
  const char *data;
  gssize      length;  /* -1: strlen */
  const char *reason;  /* in the error message */
} Corruption;

static char *
find_moved (const char *dir,
            const char *base)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GRegex) pattern = NULL;
  g_autofree char *escaped = g_regex_escape_string (base, -1);
  g_autofree char *regex = g_strdup_printf ("^%s\\.corrupt-[0-9]{8}-[0-9]{6}$", escaped);
  char *found = NULL;
  const char *name;

  pattern = g_regex_new (regex, 0, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_regex_match (pattern, name, 0, NULL))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }
  return found;
}

static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *deep = g_strnfill (100000, '[');
  const Corruption cases[] = {
    { "garbage", "hello, this is not JSON", -1, "unexpected" },
    { "invalid-utf8", "{\"format\": \"briefing-annotations\", \"bundle\": \"\xff\xfe\"}", -1, "UTF-8" },
    { "empty", "", 0, "empty" },
    { "wrong-format", "{\"format\": \"briefing-bundle\", \"version\": 1}", -1, "not a Briefing annotations file" },
    { "newer-version", "{\"format\": \"briefing-annotations\", \"version\": 2, \"bundle\": \"" BUNDLE_ID "\", "
                       "\"annotations\": []}", -1, "newer" },
    { "other-bundle", "{\"format\": \"briefing-annotations\", \"version\": 1, \"bundle\": \"other-talks\", "
                      "\"annotations\": []}", -1, "other-talks" },
    { "bad-annotation", "{\"format\": \"briefing-annotations\", \"version\": 1, \"bundle\": \"" BUNDLE_ID "\",\n"
                        " \"annotations\": [{\"id\": \"x\", \"type\": \"Annotation\"}]}", -1,
                        "2:18: annotations[0]: missing member “motivation”" },
    { "deep", deep, -1, "nested deeper than 64 levels" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
      g_autoptr(BriefingAnnotationStore) again = NULL;
      g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
      g_autoptr(GError) error = NULL;
      const char *path = briefing_annotation_store_get_path (store);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *moved = NULL;
      g_autofree char *moved_data = NULL;
      gsize length = cases[i].length < 0 ? strlen (cases[i].data) : (gsize) cases[i].length;
      gsize moved_length;

      g_test_message ("case %s", cases[i].name);
      g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, cases[i].data, length, NULL));

      g_test_expect_message ("briefing-annotation-file", G_LOG_LEVEL_MESSAGE, "*could not be read*");
      g_assert_false (briefing_annotation_store_load (store, &error));
      g_test_assert_expected_messages ();
      g_assert_error (error, BRIEFING_BUNDLE_ERROR, error->code);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);

      /* Moved aside, whole, under a name that says when. */
      moved = find_moved (fixture->dir, base);
      g_assert_nonnull (moved);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_true (g_file_get_contents (moved, &moved_data, &moved_length, NULL));
      g_assert_cmpmem (moved_data, moved_length, cases[i].data, length);

      /* The banner says what happened, why, and where the file went. */
      g_assert_nonnull (briefing_annotation_store_get_error_message (store));
      g_assert_nonnull (strstr (briefing_annotation_store_get_error_message (store), moved));
      g_assert_nonnull (strstr (briefing_annotation_store_get_error_message (store), cases[i].reason));
      g_assert_cmpstr (error->message, ==, briefing_annotation_store_get_error_message (store));

      /* New annotations go to a new file; the moved one is left alone. */
      briefing_annotation_store_add (store, annotation);
      g_assert_true (briefing_annotation_store_flush (store, NULL));
      again = new_store (fixture);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 1);
      g_clear_pointer (&moved_data, g_free);
      g_assert_true (g_file_get_contents (moved, &moved_data, &moved_length, NULL));
      g_assert_cmpmem (moved_data, moved_length, cases[i].data, length);

      remove_tree (fixture->dir);
    }
}

static void
test_corrupt_twice (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
  const char *path = briefing_annotation_store_get_path (store);
  g_autoptr(GDir) dir = NULL;
  guint n_moved = 0;

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);

  /* Two bad files within one second: the second gets its own name, the first is kept. */
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *bad = g_strdup_printf ("bad %d", i);

      g_assert_true (g_file_set_contents (path, bad, -1, NULL));
      g_test_expect_message ("briefing-annotation-file", G_LOG_LEVEL_MESSAGE, "*could not be read*");
      g_assert_false (briefing_annotation_store_load (store, NULL));
      g_test_assert_expected_messages ();
    }

  dir = g_dir_open (fixture->dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *full = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (strstr (name, ".corrupt-") != NULL);
      g_assert_true (g_file_get_contents (full, &contents, NULL, NULL));
      g_assert_true (g_str_equal (contents, "bad 0") || g_str_equal (contents, "bad 1"));
      n_moved++;
    }
  g_assert_cmpuint (n_moved, ==, 2);
}

static void
test_read_only_when_stuck (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
  g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  const char *path = briefing_annotation_store_get_path (store);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("permissions do not hold for root");
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "not json", -1, NULL));
  g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);

  g_test_expect_message ("briefing-annotation-file", G_LOG_LEVEL_MESSAGE, "*nor renamed*");
  g_assert_false (briefing_annotation_store_load (store, NULL));
  g_test_assert_expected_messages ();

  /* A file that could not be read is never written over. */
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  briefing_annotation_store_add (store, annotation);
  g_assert_false (briefing_annotation_store_flush (store, &error));
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not json");
  g_assert_true (briefing_annotation_store_get_dirty (store));

  /* The store stays unsaved when it goes; nothing is written then either. */
  g_test_expect_message ("briefing-annotation-store", G_LOG_LEVEL_WARNING, "*lost on closing*");
  g_clear_object (&store);
  g_test_assert_expected_messages ();
}

/* Anchoring in editions of the bundle */

static void
assert_anchored_at (BriefingAnnotation *annotation,
                    BriefingBundle     *bundle,
                    const char         *in_context)
{
  BriefingArticle *article = briefing_bundle_lookup_article (bundle, "art1");
  const char *text = briefing_article_get_text (article);
  const char *found = strstr (text, in_context);
  const char *exact = briefing_annotation_get_exact (annotation);
  gsize start, end;

  g_assert_nonnull (found);
  found = strstr (found, exact);
  g_assert_false (briefing_annotation_get_detached (annotation));
  g_assert_true (briefing_annotation_get_anchor (annotation, &start, &end));
  g_assert_cmpuint (start, ==, found - text);
  g_assert_cmpuint (end, ==, found - text + strlen (exact));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  GArray *calls = user_data;
  guint call[3] = { position, removed, added };

  g_array_append_vals (calls, call, 3);
}

static void
test_anchor (Fixture       *fixture,
             gconstpointer  data)
{
  const char *first[] = { "Arland and Borduria agreed to swap 50 prisoners each.",
                          "Arland called for a 30-day truce; Borduria refused it.", NULL };
  /* A paragraph is added before, and the words around the quote change. */
  const char *second[] = { "Talks resumed in Istanbul on Monday.",
                           "The two sides finally agreed to swap 50 prisoners each, officials said.",
                           "Arland called for a 30-day truce; Borduria refused it.", NULL };
  /* The quote is gone. */
  const char *third[] = { "Talks resumed in Istanbul on Monday.",
                          "The two sides agreed on an exchange of prisoners.",
                          "Arland called for a 30-day truce; Borduria refused it.", NULL };
  /* It is back, twice: the position chooses the nearer place (the second). */
  const char *fourth[] = { "We swap 50 prisoners? No. Then: swap 50 prisoners each.",
                           "Arland called for a 30-day truce; Borduria refused it.", NULL };
  g_autoptr(BriefingBundle) bundle1 = new_bundle (first);
  g_autoptr(BriefingBundle) bundle2 = new_bundle (second);
  g_autoptr(BriefingBundle) bundle3 = new_bundle (third);
  g_autoptr(BriefingBundle) bundle4 = new_bundle (fourth);
  g_autoptr(BriefingBundle) no_article = briefing_bundle_new (BUNDLE_ID, "Example talks");
  g_autoptr(BriefingAnnotationStore) store = new_store (fixture);
  g_autoptr(BriefingAnnotationStore) again = NULL;
  g_autoptr(BriefingAnnotation) swap = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_HIGHLIGHT);
  g_autoptr(BriefingAnnotation) truce = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  g_autoptr(BriefingAnnotation) event = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  g_autoptr(BriefingAnnotation) swap_saved = NULL;
  g_autoptr(BriefingAnnotation) refused = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  BriefingArticle *article = briefing_bundle_lookup_article (bundle1, "art1");
  const char *text = briefing_article_get_text (article);
  gsize text_len = briefing_article_get_text_length (article);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Annotations made in the first edition, as the reader makes them from a selection. */
  briefing_annotation_set_target (swap, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_quote_text (swap, text, text_len, strstr (text, "swap") - text,
                                  strstr (text, " each") - text);
  briefing_annotation_set_target (truce, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_quote_text (truce, text, text_len, strstr (text, "30-day") - text,
                                  strstr (text, ";") - text);
  briefing_annotation_set_target (event, BRIEFING_TARGET_EVENT, "r1");
  swap_saved = briefing_annotation_copy (swap);

  briefing_annotation_store_set_save_delay (store, 60000);
  briefing_annotation_store_add (store, swap);
  briefing_annotation_store_add (store, truce);
  briefing_annotation_store_add (store, event);
  g_assert_true (briefing_annotation_store_flush (store, NULL));
  g_signal_connect (store, "items-changed", G_CALLBACK (items_changed_cb), calls);

  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle1), ==, 0);
  assert_anchored_at (swap, bundle1, "agreed to swap");
  assert_anchored_at (truce, bundle1, "30-day");

  /* The second edition: found again at the new offsets. */
  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle2), ==, 0);
  assert_anchored_at (swap, bundle2, "finally agreed to swap");
  assert_anchored_at (truce, bundle2, "30-day");
  /* The two article annotations moved, the event's did not: rows 0 and 1 are told, once. */
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (calls, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (calls, guint, 2), ==, 2);
  /* Anchoring changes nothing that is saved. */
  g_assert_false (briefing_annotation_store_get_dirty (store));
  g_assert_true (briefing_annotation_equal (swap, swap_saved));

  /* The third: detached, but kept, and saved as it was. */
  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle3), ==, 1);
  g_assert_true (briefing_annotation_get_detached (swap));
  g_assert_false (briefing_annotation_get_anchor (swap, NULL, NULL));
  assert_anchored_at (truce, bundle3, "30-day");
  g_assert_false (briefing_annotation_get_detached (event));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 3);

  /* An annotation added now is anchored in the edition the store knows. */
  text = briefing_article_get_text (briefing_bundle_lookup_article (bundle3, "art1"));
  briefing_annotation_set_target (refused, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_set_quote (refused, "Borduria refused it", NULL, NULL);
  briefing_annotation_store_add (store, refused);
  assert_anchored_at (refused, bundle3, "Borduria refused");

  g_assert_true (briefing_annotation_store_flush (store, NULL));
  again = new_store (fixture);
  g_assert_true (briefing_annotation_equal (briefing_annotation_store_lookup (again, briefing_annotation_get_id (swap)),
                                            swap_saved));

  /* The fourth: attached again, at the place nearest the old position. */
  g_assert_cmpuint (briefing_annotation_store_anchor (store, bundle4), ==, 0);
  assert_anchored_at (swap, bundle4, "Then: swap");

  /* An edition without the article detaches all its annotations. */
  g_assert_cmpuint (briefing_annotation_store_anchor (store, no_article), ==, 3);
  g_assert_false (briefing_annotation_get_detached (event));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/annotation-store/round-trip", test_round_trip);
  ADD ("/annotation-store/missing-file", test_missing_file);
  ADD ("/annotation-store/debounce", test_debounce);
  ADD ("/annotation-store/save-on-dispose", test_save_on_dispose);
  ADD ("/annotation-store/undo", test_undo);
  ADD ("/annotation-store/corrupt", test_corrupt);
  ADD ("/annotation-store/corrupt-twice", test_corrupt_twice);
  ADD ("/annotation-store/read-only-when-stuck", test_read_only_when_stuck);
  ADD ("/annotation-store/anchor", test_anchor);
#undef ADD

  return g_test_run ();
}
