/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing bundles in the window under Xvfb, as a user does it: a new bundle, parties, an event
 * with an outcome and a demand with a response added through the editors, with their sources
 * taken from words selected in the reader; saving, reopening, undo and redo, deleting with Undo,
 * and the question about unsaved changes. Only the file chooser is bypassed. Screenshots of the
 * editors and of the window, light and dark, go to tests/screenshots/. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-bundle-edit.h"
#include "briefing-bundle-reader.h"
#include "briefing-demand-editor.h"
#include "briefing-event-editor.h"
#include "briefing-party-editor.h"
#include "briefing-reader.h"
#include "briefing-window.h"
#include "gui-test-utils.h"

static BriefingApplication *app;

static void
screenshot_light_and_dark (GtkWidget  *widget,
                           const char *name)
{
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  briefing_test_save_screenshot (widget, name);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  briefing_test_save_screenshot (widget, dark);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The one open toplevel of @type, or NULL. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        found = toplevel;
    }
  return found;
}

static gpointer
template_child (GtkWidget  *widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return child;
}

/* The buttons under @widget whose label is @label (with its mnemonic). */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label,
             guint       nth)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint seen = 0;

  briefing_test_collect (widget, GTK_TYPE_BUTTON, NULL, FALSE, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0 && seen++ == nth)
      return buttons->pdata[i];
  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  drain ();
}

static void
type_into (gpointer    entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Selects @words of the article shown in the window's reader, as a user's drag would. */
static void
select_words (BriefingWindow  *window,
              BriefingArticle *article,
              const char      *words)
{
  BriefingReader *reader = BRIEFING_READER (briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER));
  const char *text = briefing_article_get_text (article);
  const char *found = strstr (text, words);

  g_assert_nonnull (found);
  briefing_session_set_selected_article (briefing_window_get_session (window), article);
  drain ();
  briefing_reader_select (reader, found - text, found - text + strlen (words));
}

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

static gboolean
not_modified (gpointer window)
{
  BriefingDocument *document = briefing_window_get_document (window);

  return document != NULL && !briefing_document_get_modified (document);
}

static BriefingWindow *
new_window (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* An article, as an import would add it: the editors cite its words. */
static BriefingArticle *
add_article (BriefingWindow *window)
{
  g_autoptr(BriefingArticle) article = briefing_article_new ("art1", "Talks end without a truce");
  const char * const paragraphs[] = {
    "Arland and Borduria agreed to swap 50 prisoners each after four hours of talks.",
    "Arland called for a 30-day truce; Borduria refused it and asked for new borders first.",
    NULL,
  };
  BriefingDate published = { .year = 2025, .month = 6, .day = 2, .precision = BRIEFING_DATE_PRECISION_DAY };
  g_autoptr(GError) error = NULL;

  briefing_article_set_publisher (article, "Example Wire");
  briefing_article_set_published (article, &published);
  briefing_article_set_paragraphs (article, paragraphs);
  g_assert_true (briefing_document_add_article (briefing_window_get_document (window), article, &error));
  g_assert_no_error (error);
  return article;
}

static void
add_party (BriefingWindow *window,
           const char     *name,
           const char     *short_name)
{
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-party", NULL);
  drain ();
  editor = find_toplevel (BRIEFING_TYPE_PARTY_EDITOR);
  g_assert_nonnull (editor);
  type_into (template_child (editor, BRIEFING_TYPE_PARTY_EDITOR, "name_entry"), name);
  type_into (template_child (editor, BRIEFING_TYPE_PARTY_EDITOR, "short_name_entry"), short_name);
  if (g_str_equal (short_name, "AR"))
    screenshot_light_and_dark (editor, "party-editor");
  g_assert_true (briefing_party_editor_save (BRIEFING_PARTY_EDITOR (editor)));
  drain ();
}

static char *
validate_with_cli (const char *path)
{
  g_autofree char *briefing = g_test_build_filename (G_TEST_BUILT, "..", "src", "briefing", NULL);
  const char *argv[] = { briefing, "validate", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strconcat (out, err, NULL);
}

static void
test_create_save_reopen (void)
{
  BriefingWindow *window = new_window ();
  BriefingWindow *reopened;
  BriefingDocument *document;
  BriefingBundle *bundle;
  BriefingArticle *article;
  GtkWidget *editor;
  GtkWidget *participants;
  g_autofree char *dir = g_dir_make_tmp ("briefing-editing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "example.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *validated = NULL;

  briefing_window_new_bundle (window, "Example talks");
  drain ();
  document = briefing_window_get_document (window);
  g_assert_nonnull (document);
  bundle = briefing_document_get_bundle (document);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example talks");
  article = add_article (window);

  add_party (window, "Arland", "AR");
  add_party (window, "Borduria", "BO");
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_parties (bundle)), ==, 2);
  g_assert_nonnull (briefing_bundle_lookup_party (bundle, "ar"));
  /* The title says there are unsaved changes. */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* An event with both parties and an outcome whose source is selected in the reader. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-event", NULL);
  drain ();
  editor = find_toplevel (BRIEFING_TYPE_EVENT_EDITOR);
  g_assert_nonnull (editor);
  type_into (template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "title_entry"), "First round");
  type_into (template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "start_entry"), "2025-06-02");
  type_into (template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "location_entry"), "Geneva");
  participants = template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "participants_box");
  {
    g_autoptr(GPtrArray) checks = g_ptr_array_new ();

    briefing_test_collect (participants, GTK_TYPE_CHECK_BUTTON, NULL, FALSE, checks);
    g_assert_cmpuint (checks->len, ==, 2);
    for (guint i = 0; i < checks->len; i++)
      gtk_check_button_set_active (checks->pdata[i], TRUE);
  }
  click (template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "add_outcome_button"));
  {
    GtkWidget *outcomes = template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "outcomes_box");
    GtkWidget *entry = briefing_test_find_child (outcomes, GTK_TYPE_ENTRY);

    type_into (entry, "A prisoner exchange");
    /* Without a source, the outcome is refused with a message naming it. */
    g_assert_false (briefing_event_editor_save (BRIEFING_EVENT_EDITOR (editor)));
    g_assert_cmpuint (briefing_test_count_labels_holding (editor, "outcome 1 of the event “First round”"), ==, 1);

    select_words (window, article, "agreed to swap 50 prisoners");
    click (find_button (outcomes, "_Use Selected Words", 0));
    g_assert_cmpuint (briefing_test_count_labels_holding (editor, "“agreed to swap 50 prisoners”"), ==, 1);
  }
  screenshot_light_and_dark (editor, "event-editor");
  g_assert_true (briefing_event_editor_save (BRIEFING_EVENT_EDITOR (editor)));
  drain ();
  g_assert_nonnull (briefing_bundle_lookup_event (bundle, "first-round"));
  g_assert_cmpuint (briefing_event_get_outcomes (briefing_bundle_lookup_event (bundle, "first-round"))->len, ==, 1);

  /* A demand of Arland, first stated at that event, and Borduria's refusal. */
  briefing_session_set_selected_event (briefing_window_get_session (window),
                                       briefing_bundle_lookup_event (bundle, "first-round"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-demand", "s", "ar");
  drain ();
  editor = find_toplevel (BRIEFING_TYPE_DEMAND_EDITOR);
  g_assert_nonnull (editor);
  type_into (template_child (editor, BRIEFING_TYPE_DEMAND_EDITOR, "text_entry"), "A 30-day truce");
  gtk_drop_down_set_selected (template_child (editor, BRIEFING_TYPE_DEMAND_EDITOR, "category_drop_down"), 0);
  select_words (window, article, "called for a 30-day truce");
  click (find_button (template_child (editor, BRIEFING_TYPE_DEMAND_EDITOR, "source_box"), "_Use Selected Words", 0));
  click (template_child (editor, BRIEFING_TYPE_DEMAND_EDITOR, "add_response_button"));
  select_words (window, article, "Borduria refused it");
  click (find_button (template_child (editor, BRIEFING_TYPE_DEMAND_EDITOR, "responses_box"), "_Use Selected Words", 0));
  screenshot_light_and_dark (editor, "demand-editor");
  g_assert_true (briefing_demand_editor_save (BRIEFING_DEMAND_EDITOR (editor)));
  drain ();
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), ==, 1);

  /* Every view shows them: the event card, the party panels. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "First round"), >=, 1);
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (window), "A 30-day truce"), >=, 1);
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (window), "A prisoner exchange"), >=, 1);
  screenshot_light_and_dark (GTK_WIDGET (window), "window-edited");

  /* Save As (the chooser's file given directly): the file validates, the mark goes. */
  briefing_window_save_to_file (window, file);
  briefing_test_iterate_until (not_modified, window, 10);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  validated = validate_with_cli (path);
  g_assert_nonnull (strstr (validated, ": ok — 1 article, 1 event, 1 demand, 2 parties"));

  /* Reopened in another window: the timeline and the panels show what was added. */
  reopened = new_window ();
  briefing_window_open (reopened, file);
  briefing_test_iterate_until (not_loading, reopened, 10);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (reopened));
  g_assert_nonnull (briefing_window_get_bundle (reopened));
  g_assert_true (briefing_bundle_equal (briefing_window_get_bundle (reopened), bundle));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_session_get_timeline_events (briefing_window_get_session (reopened))),
                    ==, 1);
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (reopened), "A 30-day truce"), >=, 1);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (reopened), "Borduria"), >=, 1);

  gtk_window_destroy (GTK_WINDOW (reopened));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_edit_title_undo_redo (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1280, 800);
  BriefingSession *session = briefing_window_get_session (window);
  BriefingBundle *bundle = briefing_window_get_bundle (window);
  BriefingEvent *event = briefing_test_round_event (bundle, 1);
  g_autofree char *id = g_strdup (briefing_event_get_id (event));
  g_autofree char *title = g_strdup (briefing_event_get_title (event));
  GtkWidget *editor;

  briefing_session_set_selected_event (session, event);
  drain ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-event", "s", id);
  drain ();
  editor = find_toplevel (BRIEFING_TYPE_EVENT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "title_entry")), ==, title);
  screenshot_light_and_dark (editor, "event-editor-sample");
  type_into (template_child (editor, BRIEFING_TYPE_EVENT_EDITOR, "title_entry"), "Renamed first round");
  g_assert_true (briefing_event_editor_save (BRIEFING_EVENT_EDITOR (editor)));
  drain ();

  /* The selection follows the changed event; the card shows the new title. */
  g_assert_cmpstr (briefing_event_get_title (briefing_session_get_selected_event (session)), ==, "Renamed first round");
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Renamed first round"), >=, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (briefing_event_get_title (briefing_bundle_lookup_event (bundle, id)), ==, title);
  g_assert_cmpstr (briefing_event_get_title (briefing_session_get_selected_event (session)), ==, title);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Renamed first round"), ==, 0);
  g_assert_false (briefing_document_get_modified (briefing_window_get_document (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  drain ();
  g_assert_cmpstr (briefing_event_get_title (briefing_bundle_lookup_event (bundle, id)), ==, "Renamed first round");
  g_assert_true (briefing_document_get_modified (briefing_window_get_document (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The toast hides itself after some seconds, which a slow run (under valgrind) may already have
 * spent in drain(): what is asserted is that it was shown. */
static void
note_revealed (GtkRevealer *revealer,
               GParamSpec  *pspec,
               gboolean    *revealed)
{
  *revealed |= gtk_revealer_get_reveal_child (revealer);
}

static void
test_delete_demand_undo (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1280, 800);
  BriefingBundle *bundle = briefing_window_get_bundle (window);
  g_autoptr(BriefingDemand) demand = g_list_model_get_item (briefing_bundle_get_demands (bundle), 0);
  guint n = g_list_model_get_n_items (briefing_bundle_get_demands (bundle));
  GtkRevealer *toast = template_child (GTK_WIDGET (window), BRIEFING_TYPE_WINDOW, "toast_revealer");
  gboolean revealed = FALSE;
  gulong handler = g_signal_connect (toast, "notify::reveal-child", G_CALLBACK (note_revealed), &revealed);

  g_assert_false (gtk_revealer_get_reveal_child (toast));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-demand", "s", briefing_demand_get_id (demand));
  drain ();
  g_signal_handler_disconnect (toast, handler);
  g_assert_null (briefing_bundle_lookup (bundle, briefing_demand_get_id (demand)));
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), ==, n - 1);
  g_assert_true (revealed);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Demand deleted"), ==, 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  screenshot_light_and_dark (GTK_WIDGET (window), "window-demand-deleted");

  /* The toast's Undo is the window's. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_true (briefing_bundle_lookup_demand (bundle, briefing_demand_get_id (demand)) == demand);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_demands (bundle)), ==, n);
  g_assert_false (gtk_revealer_get_reveal_child (toast));

  /* A party others refer to is not deleted; the banner says why. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-party", "s", briefing_demand_get_party (demand));
  drain ();
  g_assert_nonnull (briefing_bundle_lookup_party (bundle, briefing_demand_get_party (demand)));
  g_assert_nonnull (strstr (briefing_window_get_error_message (window), "cannot be removed"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_close_prompt (void)
{
  BriefingWindow *window = new_window ();
  GtkWidget *dialog;

  g_object_ref (window);
  briefing_window_new_bundle (window, "Unsaved talks");
  add_party (window, "Arland", "AR");

  gtk_window_close (GTK_WINDOW (window));
  drain ();
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  screenshot_light_and_dark (dialog, "unsaved-changes");

  /* Cancel keeps the window and its changes. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (briefing_bundle_lookup_party (briefing_window_get_bundle (window), "ar"));

  /* Opening another bundle asks too; Cancel keeps this one. */
  {
    g_autoptr(GFile) sample = briefing_test_sample_file ();

    briefing_window_open (window, sample);
    drain ();
    g_assert_false (briefing_window_get_loading (window));
    dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
    drain ();
    g_assert_cmpstr (briefing_bundle_get_title (briefing_window_get_bundle (window)), ==, "Unsaved talks");
  }

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  drain ();
  dialog = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/bundle-editing/create-save-reopen", test_create_save_reopen);
  g_test_add_func ("/bundle-editing/edit-title-undo-redo", test_edit_title_undo_redo);
  g_test_add_func ("/bundle-editing/delete-demand-undo", test_delete_demand_undo);
  g_test_add_func ("/bundle-editing/close-prompt", test_close_prompt);

  return g_test_run ();
}
