/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the user sees when saving fails, under Xvfb: an edited bundle saved into a folder that may
 * not be written, and notes whose folder may not be written. The banner names the file and the
 * cause and offers a way on (Save As…, Retry); nothing is lost meanwhile — the window's bundle stays
 * unsaved with its edits, the notes stay in the store — and saving elsewhere, or retrying once the
 * folder may be written again, saves them. Closing the window while notes cannot be saved asks
 * first. Screenshots save-error-*.png. Only the file chooser is bypassed. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-bundle-edit.h"
#include "briefing-bundle-reader.h"
#include "briefing-window.h"
#include "fault-test-utils.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static char *data_home;  /* this test's own $XDG_DATA_HOME: its notes folder is made read-only */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
has_error (gpointer data)
{
  return briefing_window_get_error_message (data) != NULL;
}

static gboolean
has_no_error (gpointer data)
{
  return briefing_window_get_error_message (data) == NULL;
}

static gboolean
document_saved (gpointer data)
{
  return !briefing_document_get_modified (briefing_window_get_document (data));
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The banner's action button, shown, with @label. */
static GtkWidget *
banner_button (BriefingWindow *window,
               const char     *label)
{
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), BRIEFING_TYPE_WINDOW,
                                                                 "error_action_button"));

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
  return button;
}

static GtkWidget *
details_button (BriefingWindow *window)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), BRIEFING_TYPE_WINDOW, "error_details_button"));
}

static void
test_bundle_read_only (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autofree char *dir = g_dir_make_tmp ("briefing-save-errors-XXXXXX", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *good = g_build_filename (dir, "good", NULL);
  g_autofree char *locked_path = g_build_filename (locked, "talks.bundle.json", NULL);
  g_autofree char *good_path = g_build_filename (good, "talks.bundle.json", NULL);
  g_autoptr(GFile) locked_file = g_file_new_for_path (locked_path);
  g_autoptr(GFile) good_file = g_file_new_for_path (good_path);
  g_autoptr(BriefingParty) party = briefing_party_new ("borduria", "Borduria", BRIEFING_PARTY_ROLE_PARTY);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) saved = NULL;
  g_autoptr(GError) error = NULL;
  BriefingDocument *document;
  const char *message;

  g_assert_cmpint (g_mkdir (locked, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (good, 0755), ==, 0);
  if (!fault_make_unwritable (locked))
    {
      g_test_skip ("no way to make a folder read-only here");
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  briefing_window_new_bundle (window, "Talks in a locked folder");
  document = briefing_window_get_document (window);
  g_assert_true (briefing_document_add_party (document, party, &error));
  g_assert_no_error (error);

  /* Saved (as Save As would, the chooser's answer given) where it may not be written. */
  briefing_window_save_to_file (window, locked_file);
  briefing_test_iterate_until (has_error, window, 10);
  message = briefing_window_get_error_message (window);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, "“talks.bundle.json” could not be saved"));
  g_assert_nonnull (strstr (message, "you may not write in the folder"));
  g_assert_nonnull (strstr (message, locked));
  g_assert_true (briefing_window_get_error_message (window) != NULL);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (banner_button (window, "Save _As…"))), ==,
                   "win.save-as");
  g_assert_false (gtk_widget_get_visible (details_button (window)));

  /* Nothing is lost: still unsaved, with its edit, and no file. */
  g_assert_true (briefing_document_get_modified (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_null (briefing_document_get_file (document));
  g_assert_nonnull (briefing_bundle_lookup (briefing_document_get_bundle (document), "borduria"));
  {
    const char * const none[] = { NULL };

    fault_assert_dir (locked, none);
  }
  briefing_test_settle (GTK_WIDGET (window));
  briefing_test_save_screenshot (GTK_WIDGET (window), "save-error-bundle");

  /* Save As to a folder that may be written: saved, the banner goes. */
  briefing_window_save_to_file (window, good_file);
  briefing_test_iterate_until (document_saved, window, 10);
  g_assert_null (briefing_window_get_error_message (window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  g_assert_true (g_file_equal (briefing_document_get_file (document), good_file));
  saved = briefing_bundle_reader_read_file (reader, good_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (briefing_bundle_equal (saved, briefing_document_get_bundle (document)));

  fault_make_writable (locked);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (good_path);
  g_rmdir (good);
  g_rmdir (locked);
  g_rmdir (dir);
}

static BriefingAnnotation *
new_note (const char *text)
{
  BriefingAnnotation *note = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);

  briefing_annotation_set_note (note, text);
  return note;
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

static void
test_notes_read_only (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1100, 700);
  BriefingAnnotationStore *store = briefing_session_get_annotations (briefing_window_get_session (window));
  g_autofree char *folder = briefing_annotation_store_dup_default_dir ();
  g_autoptr(BriefingAnnotation) first = new_note ("A note made while the folder was locked");
  g_autoptr(BriefingAnnotation) second = new_note ("A note made before closing");
  const char *path = briefing_annotation_store_get_path (store);
  g_autofree char *name = g_path_get_basename (path);
  GtkWidget *dialog;
  gpointer weak = window;
  const char *message;

  g_assert_nonnull (store);
  g_assert_true (g_str_has_prefix (folder, data_home));
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  if (!fault_make_unwritable (folder))
    {
      g_test_skip ("no way to make a folder read-only here");
      return;
    }

  /* A note, as the window's editors add it: saved shortly after, which fails; the banner says so
   * at once, without waiting for the window to close. */
  briefing_annotation_store_change (store, briefing_document_get_undo_context (briefing_window_get_document (window)), NULL, first, "Add Note");
  briefing_test_iterate_until (has_error, window, 10);
  message = briefing_window_get_error_message (window);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, name));
  g_assert_nonnull (strstr (message, "you may not write in the folder"));
  g_assert_nonnull (strstr (message, "Your notes are kept"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (banner_button (window, "_Retry"))), ==,
                   "win.retry-notes");
  g_assert_true (briefing_annotation_store_get_dirty (store));
  g_assert_nonnull (briefing_annotation_store_lookup (store, briefing_annotation_get_id (first)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  briefing_test_settle (GTK_WIDGET (window));
  briefing_test_save_screenshot (GTK_WIDGET (window), "save-error-notes");

  /* Retry while it is still locked: the banner stays. */
  g_signal_emit_by_name (banner_button (window, "_Retry"), "clicked");
  drain ();
  g_assert_nonnull (briefing_window_get_error_message (window));
  g_assert_true (briefing_annotation_store_get_dirty (store));

  /* The folder may be written again: Retry saves, and the banner goes. */
  fault_make_writable (folder);
  g_signal_emit_by_name (banner_button (window, "_Retry"), "clicked");
  briefing_test_iterate_until (has_no_error, window, 10);
  g_assert_false (briefing_annotation_store_get_dirty (store));
  g_assert_true (file_holds (path, "A note made while the folder was locked"));

  /* Locked again, another note, and the window is closed: it asks, and stays open. */
  g_assert_true (fault_make_unwritable (folder));
  briefing_annotation_store_change (store, briefing_document_get_undo_context (briefing_window_get_document (window)), NULL, second, "Add Note");
  gtk_window_close (GTK_WINDOW (window));
  drain ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

        if (GTK_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel))
          dialog = toplevel;
      }
  }
  g_assert_nonnull (dialog);
  g_assert_cmpuint (briefing_test_count_labels (dialog, "Your notes could not be saved"), ==, 1);
  g_assert_cmpuint (briefing_test_count_labels_holding (dialog, name), ==, 1);
  briefing_test_save_screenshot (dialog, "save-error-notes-close");

  /* The cause removed, Retry in the question saves and closes. */
  fault_make_writable (folder);
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  briefing_test_iterate_until (is_gone, &weak, 10);
  g_assert_true (file_holds (path, "A note made before closing"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!briefing_test_have_display ())
    return 0;

  /* Before GLib reads it: a folder of notes no other test uses, as it is made read-only. */
  data_home = g_dir_make_tmp ("briefing-save-errors-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/save-errors/bundle-read-only", test_bundle_read_only);
  g_test_add_func ("/save-errors/notes-read-only", test_notes_read_only);

  status = g_test_run ();
  g_object_unref (app);
  remove_tree (data_home);
  return status;
}
