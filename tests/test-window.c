/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window, driven as a user drives it, under Xvfb: through its actions and its widgets, checking
 * what it shows. Screenshots go to the build directory's tests/screenshots/ to be looked at. */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-annotation-editor.h"
#include "briefing-application.h"
#include "briefing-notes-pane.h"
#include "briefing-core.h"
#include "briefing-reader-private.h"
#include "briefing-reader.h"
#include "briefing-timeline.h"
#include "briefing-tooltip.h"
#include "briefing-window.h"
#include "gui-test-utils.h"

static BriefingApplication *app;

static BriefingWindow *
open_window (int width,
             int height)
{
  return briefing_test_open_sample (app, width, height);
}

static BriefingEvent *
round_event (BriefingWindow *window,
             guint           round)
{
  return briefing_test_round_event (briefing_window_get_bundle (window), round);
}

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer  data)
{
  briefing_test_iterate_until (done, data, 10);
}

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

static void
wait_until_loaded (BriefingWindow *window)
{
  iterate_until (not_loading, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static void
test_opens_sample (void)
{
  BriefingWindow *window = open_window (1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  const char *title = briefing_bundle_get_title (briefing_window_get_bundle (window));

  g_assert_null (briefing_window_get_error_message (window));
  g_assert_cmpstr (title, ==, "Istanbul talks 2025 (Russia–Ukraine)");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), title), >=, 1);

  /* Party columns for each side, the mediator marked as such, and the articles listed. */
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Ukraine"), >=, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Russia"), >=, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Mediator"), >=, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "6 articles"), ==, 1);
  g_assert_nonnull (briefing_session_get_positions (session));

  /* The application remembers the bundle. */
  g_assert_cmpuint (g_list_model_get_n_items (briefing_application_get_recent (app)), >=, 1);

  briefing_test_save_screenshot (GTK_WIDGET (window), "window-sample");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_selecting_event_changes_panels (void)
{
  BriefingWindow *window = open_window (1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  guint reiterated_round1, reiterated_round2, n_round1, n_latest;

  n_latest = g_list_model_get_n_items (briefing_session_get_positions (session));

  /* Selecting is one change on the session; the panels follow it. */
  briefing_session_set_selected_event (session, round_event (window, 1));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  n_round1 = g_list_model_get_n_items (briefing_session_get_positions (session));
  reiterated_round1 = briefing_test_count_labels (GTK_WIDGET (window), "Reiterated");
  g_assert_cmpuint (n_round1, <, n_latest);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "New"), >, 0);
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-round1");

  briefing_session_set_selected_event (session, round_event (window, 2));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  reiterated_round2 = briefing_test_count_labels (GTK_WIDGET (window), "Reiterated");
  g_assert_cmpuint (reiterated_round2, >, reiterated_round1);

  /* The event card shows the selected round. */
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), briefing_event_get_title (round_event (window, 2))), >=, 1);
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-round2");

  /* The keyboard moves the selection from anywhere. */
  briefing_session_set_selected_event (session, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-event", NULL));
  g_assert_nonnull (briefing_session_get_selected_event (session));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_citation_shows_quote (void)
{
  BriefingWindow *window = open_window (1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  BriefingEvent *round2 = round_event (window, 2);
  BriefingOutcome *outcome = g_ptr_array_index (briefing_event_get_outcomes (round2), 0);
  BriefingCitation *citation = g_ptr_array_index (briefing_outcome_get_citations (outcome), 0);
  BriefingReader *reader;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *label = NULL;

  briefing_session_set_selected_event (session, round2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Click the first source of the first outcome in the event card: "[n]" buttons. */
  briefing_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, NULL, FALSE, buttons);
  for (guint i = 0; i < buttons->len && label == NULL; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (buttons->pdata[i]);
      const char *action = gtk_actionable_get_action_name (buttons->pdata[i]);
      const char *article_id;
      guint64 start, end;
      gsize anchor_start, anchor_end;

      if (g_strcmp0 (action, "win.show-quote") != 0 || target == NULL)
        continue;
      g_variant_get (target, "(&stt)", &article_id, &start, &end);
      briefing_citation_get_anchor (citation, &anchor_start, &anchor_end);
      if (g_str_equal (article_id, briefing_citation_get_source (citation)) && start == anchor_start)
        {
          label = g_strdup (gtk_button_get_label (buttons->pdata[i]));
          g_signal_emit_by_name (buttons->pdata[i], "clicked");
        }
    }
  g_assert_nonnull (label);

  /* The reader opens the article and shows the quoted words. */
  g_assert_cmpstr (briefing_article_get_id (briefing_session_get_selected_article (session)), ==,
                   briefing_citation_get_source (citation));
  reader = BRIEFING_READER (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER));
  g_assert_nonnull (reader);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (briefing_reader_get_quote_text (reader), ==, briefing_citation_get_exact (citation));

  briefing_test_save_screenshot (GTK_WIDGET (window), "window-quote");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keeps_bundle_on_error (void)
{
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "invalid", "several-errors.bundle.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  BriefingWindow *window = open_window (1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  BriefingBundle *before = briefing_window_get_bundle (window);
  GListModel *positions;
  GtkWindow *dialog = NULL;
  const char *message;

  briefing_session_set_selected_event (session, round_event (window, 2));
  positions = briefing_session_get_positions (session);

  briefing_window_open (window, bad_file);
  wait_until_loaded (window);

  /* The error is shown with its place, and nothing else changed. */
  message = briefing_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "several-errors.bundle.json"));
  g_assert_nonnull (strstr (message, "parties[0].role"));
  g_assert_nonnull (strstr (message, "and 4 more errors"));
  g_assert_true (briefing_window_get_bundle (window) == before);
  g_assert_true (briefing_session_get_positions (session) == positions);
  g_assert_true (briefing_session_get_selected_event (session) == round_event (window, 2));
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-error");

  /* Details list every problem. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), "BriefingProblemsDialog"))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (dialog), "“several-errors.bundle.json” has 5 errors and cannot be opened."),
                    ==, 1);
  gtk_window_destroy (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL));
  g_assert_null (briefing_window_get_error_message (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_results (gpointer session)
{
  return !briefing_session_get_searching (session) &&
         g_list_model_get_n_items (briefing_session_get_search_results (session)) > 0;
}

static void
test_search (void)
{
  BriefingWindow *window = open_window (1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  GtkWidget *entry;
  g_autoptr(BriefingSearchResult) result = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  entry = briefing_test_find_child (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Medinsky");
  g_signal_emit_by_name (entry, "search-changed");
  iterate_until (has_results, session);
  g_assert_cmpstr (briefing_session_get_search_query (session), ==, "Medinsky");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-search");

  /* An article result opens the article at the match. */
  for (guint i = 0; i < g_list_model_get_n_items (briefing_session_get_search_results (session)); i++)
    {
      g_autoptr(BriefingSearchResult) r = g_list_model_get_item (briefing_session_get_search_results (session), i);

      if (briefing_search_result_get_kind (r) == BRIEFING_SEARCH_KIND_ARTICLE && result == NULL)
        result = g_object_ref (r);
    }
  g_assert_nonnull (result);
  g_signal_emit_by_name (briefing_test_find_child (GTK_WIDGET (window), g_type_from_name ("BriefingSearchResults")),
                         "result-activated", result);
  g_assert_true (briefing_session_get_selected_article (session) ==
                 BRIEFING_ARTICLE (briefing_search_result_get_item (result)));
  g_assert_cmpint (briefing_session_get_quote_start (session), >=, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sizes_and_themes (void)
{
  BriefingWindow *small = open_window (1024, 640);
  BriefingWindow *large = NULL;

  briefing_session_set_selected_event (briefing_window_get_session (small), round_event (small, 2));
  briefing_test_save_screenshot (GTK_WIDGET (small), "window-1024");
  gtk_window_destroy (GTK_WINDOW (small));

  large = open_window (1920, 1080);
  briefing_session_set_selected_event (briefing_window_get_session (large), round_event (large, 3));
  briefing_test_save_screenshot (GTK_WIDGET (large), "window-1920");

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  briefing_test_save_screenshot (GTK_WIDGET (large), "window-1920-dark");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  gtk_window_destroy (GTK_WINDOW (large));
}

static void
test_empty_state (void)
{
  g_autoptr(GFile) sample = briefing_test_sample_file ();
  BriefingWindow *window;

  briefing_application_add_recent (app, sample);
  window = briefing_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (briefing_window_get_bundle (window));
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-empty");
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "No Bundle Open"), ==, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Recent Bundles"), ==, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "istanbul-talks-2025.bundle.json"), ==, 1);
  /* A recent bundle's row shows where it is in full as its tooltip. */
  {
    GtkWidget *row = briefing_test_find_child (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW);

    g_assert_nonnull (row);
    g_assert_true (gtk_widget_get_has_tooltip (row));
    g_assert_nonnull (strstr (briefing_widget_get_tooltip (row), "istanbul-talks-2025.bundle.json"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A widget of @type under @widget, shown or not. */
static GtkWidget *
find_built (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_built (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_reader (gpointer window)
{
  return find_built (window, BRIEFING_TYPE_READER) != NULL;
}

/* A window with no bundle comes up without the views of one; they are built once it has shown
 * its first frame, or when a bundle starts loading, and are not built twice. */
static void
test_views_built_later (void)
{
  g_autoptr(GFile) sample = briefing_test_sample_file ();
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  BriefingWindow *unshown = briefing_window_new (GTK_APPLICATION (app));
  GtkWidget *reader;

  g_assert_null (find_built (GTK_WIDGET (window), BRIEFING_TYPE_READER));
  g_assert_null (find_built (GTK_WIDGET (window), BRIEFING_TYPE_TIMELINE));
  g_assert_null (g_action_map_lookup_action (G_ACTION_MAP (window), "sources-view"));

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate_until (has_reader, window);
  reader = find_built (GTK_WIDGET (window), BRIEFING_TYPE_READER);
  g_assert_nonnull (find_built (GTK_WIDGET (window), BRIEFING_TYPE_TIMELINE));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (window), "sources-view"));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (window), "positions-view"));
  /* Built, not shown: the window still says it has no bundle. */
  g_assert_null (briefing_window_get_bundle (window));
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "No Bundle Open"), ==, 1);

  briefing_window_open (window, sample);
  wait_until_loaded (window);
  g_assert_nonnull (briefing_window_get_bundle (window));
  g_assert_true (find_built (GTK_WIDGET (window), BRIEFING_TYPE_READER) == reader);
  g_assert_true (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER) == reader);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "6 articles"), ==, 1);

  /* A window never shown builds them when a bundle starts loading, and shows the bundle in them. */
  g_assert_null (find_built (GTK_WIDGET (unshown), BRIEFING_TYPE_READER));
  briefing_window_open (unshown, sample);
  g_assert_true (briefing_window_get_loading (unshown));
  g_assert_nonnull (find_built (GTK_WIDGET (unshown), BRIEFING_TYPE_READER));
  iterate_until (not_loading, unshown);
  g_assert_nonnull (briefing_window_get_bundle (unshown));
  gtk_window_present (GTK_WINDOW (unshown));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (unshown));
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (unshown), "6 articles"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (unshown));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remembers_size (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  GSettings *settings = briefing_application_get_settings (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1111, 666);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 666);
}

static BriefingAnnotationEditor *
find_editor (void)
{
  BriefingAnnotationEditor *editor = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (BRIEFING_IS_ANNOTATION_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      editor = l->data;
  return editor;
}

static gboolean
has_tag_at (BriefingReader *reader,
            gsize           offset,
            const char     *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (briefing_reader_get_text_view (reader));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  g_assert_true (briefing_reader_iter_at_byte (reader, offset, &iter));
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
test_annotate_and_reopen (void)
{
  BriefingWindow *window;
  BriefingSession *session;
  BriefingReader *reader;
  BriefingAnnotationStore *store;
  BriefingAnnotationEditor *editor;
  BriefingArticle *article;
  g_autoptr(BriefingAnnotationStore) reopened = NULL;
  GtkTextView *note_view;
  const char *text;
  const char *words = "turned down an unconditional ceasefire";
  const char *found;
  gsize start;

  /* Start from no notes, whatever an earlier test or run left. */
  store = briefing_application_get_annotation_store (app, "istanbul-talks-2025");
  while (g_list_model_get_n_items (G_LIST_MODEL (store)) > 0)
    {
      g_autoptr(BriefingAnnotation) old = g_list_model_get_item (G_LIST_MODEL (store), 0);

      briefing_annotation_store_remove (store, briefing_annotation_get_id (old));
    }

  window = open_window (1280, 800);
  session = briefing_window_get_session (window);
  store = briefing_session_get_annotations (session);
  g_assert_nonnull (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  reader = BRIEFING_READER (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER));

  /* Open the round-2 report and select words, as with the pointer. */
  article = briefing_bundle_lookup_article (briefing_window_get_bundle (window), "a-round2-long");
  g_assert_nonnull (article);
  briefing_session_set_selected_article (session, article);
  text = briefing_article_get_text (article);
  found = strstr (text, words);
  g_assert_nonnull (found);
  start = found - text;
  briefing_reader_select (reader, start, start + strlen (words));

  /* Highlight them in green. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight", "s", "green"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (has_tag_at (reader, start, "annotation-green"));

  /* Select the next sentence's words and add a note through the editor. */
  found = strstr (text, "Medinsky");
  g_assert_nonnull (found);
  briefing_reader_select (reader, found - text, found - text + strlen ("Medinsky"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-note", NULL));
  editor = find_editor ();
  g_assert_nonnull (editor);
  note_view = GTK_TEXT_VIEW (briefing_test_find_child (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note_view), "Check who else sat on the Russian team.", -1);
  briefing_test_save_screenshot (GTK_WIDGET (editor), "window-note-editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);

  /* Every change can be undone and redone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);

  /* The Notes tab lists both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sources-view", "s", "notes"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Check who else sat on the Russian team."), >=, 1);
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-notes");

  /* Close the window: the notes are written; a store read afresh from disk has them. */
  gtk_window_close (GTK_WINDOW (window));
  reopened = briefing_annotation_store_new ("istanbul-talks-2025", NULL);
  g_assert_true (briefing_annotation_store_load (reopened, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 2);

  /* Reopening the bundle shows the highlight again; the notes pane leads to it. */
  window = open_window (1280, 800);
  session = briefing_window_get_session (window);
  reader = BRIEFING_READER (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sources-view", "s", "notes"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (briefing_annotation_get_kind (annotation) == BRIEFING_ANNOTATION_KIND_HIGHLIGHT)
        g_signal_emit_by_name (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_NOTES_PANE), "annotation-activated",
                               annotation);
    }
  g_assert_cmpstr (briefing_article_get_id (briefing_session_get_selected_article (session)), ==, "a-round2-long");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (has_tag_at (reader, start, "annotation-green"));
  briefing_test_save_screenshot (GTK_WIDGET (window), "window-highlight");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_and_cancel (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) file = briefing_test_sample_file ();
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  gboolean accepted = FALSE;

  gtk_window_present (GTK_WINDOW (window));

  /* A load the user cancels changes nothing. */
  briefing_window_open (window, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  wait_until_loaded (window);
  g_assert_null (briefing_window_get_bundle (window));
  g_assert_null (briefing_window_get_error_message (window));

  /* A file dropped on the window opens. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
  }
  g_assert_nonnull (target);
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_until_loaded (window);
  g_assert_nonnull (briefing_window_get_bundle (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences (void)
{
  GSettings *settings = briefing_application_get_settings (app);
  GtkWindow *dialog = NULL;
  GtkDropDown *languages;
  g_autofree char *language = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), "BriefingPreferencesDialog"))
      dialog = l->data;
  g_assert_nonnull (dialog);

  /* Choosing Українська keeps "uk" for the next start; the first entry follows the desktop again. */
  languages = GTK_DROP_DOWN (briefing_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (languages);
  gtk_drop_down_set_selected (languages, 2);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "uk");
  briefing_test_save_screenshot (GTK_WIDGET (dialog), "preferences");
  gtk_drop_down_set_selected (languages, 0);
  g_free (language);
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "");

  gtk_window_destroy (dialog);
}

static void
test_shortcuts (void)
{
  const struct { const char *action, *accel; } expected[] = {
    { "app.quit", "<Control>q" },
    { "win.open", "<Control>o" },
    { "win.search", "<Control>f" },
    { "win.zoom-in", "<Control>plus" },
    { "win.zoom-fit", "<Control>0" },
    { "win.next-event", "<Alt>Right" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), expected[i].action);

      g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "open-sample"));
}

/* The shortcuts window is built when first asked for, shows the shortcuts of the application, and
 * is built once. */
static void
test_shortcuts_window (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-shortcuts");
  GtkShortcutsWindow *overlay;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (overlay));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  /* Its own line names the shortcut that shows it, and the others theirs. */
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (overlay), "Show shortcuts"), ==, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (overlay), "Ctrl"), >=, 1);
  briefing_test_save_screenshot (GTK_WIDGET (overlay), "window-shortcuts");

  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  /* The application's start-up installs its actions, shortcuts and style sheet. */
  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/window/opens-sample", test_opens_sample);
  g_test_add_func ("/window/selecting-event-changes-panels", test_selecting_event_changes_panels);
  g_test_add_func ("/window/citation-shows-quote", test_citation_shows_quote);
  g_test_add_func ("/window/keeps-bundle-on-error", test_keeps_bundle_on_error);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/sizes-and-themes", test_sizes_and_themes);
  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/views-built-later", test_views_built_later);
  g_test_add_func ("/window/remembers-size", test_remembers_size);
  g_test_add_func ("/window/annotate-and-reopen", test_annotate_and_reopen);
  g_test_add_func ("/window/drop-and-cancel", test_drop_and_cancel);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/shortcuts", test_shortcuts);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);

  return g_test_run ();
}
