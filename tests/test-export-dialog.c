/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Export dialog and printing, driven as a user drives them under Xvfb: opened with "win.export",
 * filled in through its widgets, exported through its actions, with the files checked afterwards
 * (pdftotext and pdfinfo when they are installed). Only the file chooser is bypassed: its path is
 * set directly. Screenshots, light and dark, go to the build directory's tests/screenshots/. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-bundle-reader.h"
#include "briefing-export-dialog.h"
#include "briefing-export-form.h"
#include "briefing-languages.h"
#include "briefing-page-layout.h"
#include "briefing-window.h"
#include "gui-test-utils.h"

static BriefingApplication *app;

typedef struct
{
  BriefingWindow       *window;
  BriefingExportDialog *dialog;
  char                 *dir;
} Fixture;

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer  data)
{
  briefing_test_iterate_until (done, data, 60);
}

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

static gboolean
not_exporting (gpointer dialog)
{
  return !briefing_export_dialog_get_exporting (dialog);
}

static void
wait_for_export (BriefingExportDialog *dialog)
{
  iterate_until (not_exporting, dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
}

/* A widget of the dialog's template, or of its form's. */
static gpointer
child (BriefingExportDialog *dialog,
       const char           *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), BRIEFING_TYPE_EXPORT_DIALOG, name);
  GObject *form = gtk_widget_get_template_child (GTK_WIDGET (dialog), BRIEFING_TYPE_EXPORT_DIALOG, "form");

  if (object == NULL)
    object = gtk_widget_get_template_child (GTK_WIDGET (form), BRIEFING_TYPE_EXPORT_FORM, name);
  g_assert_nonnull (object);
  return object;
}

/* Whether the Export button can be clicked, as the user sees it. */
static gboolean
can_export (BriefingExportDialog *dialog)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return gtk_widget_is_sensitive (child (dialog, "export_button"));
}

static BriefingExportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (BRIEFING_IS_EXPORT_DIALOG (toplevel))
        return BRIEFING_EXPORT_DIALOG (toplevel);
    }
  return NULL;
}

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

/* The sample bundle in a window, and the Export dialog opened from it by its action. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = briefing_test_sample_file ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("briefing-export-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->window = briefing_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (fixture->window));
  briefing_window_open (fixture->window, file);
  iterate_until (not_loading, fixture->window);
  g_assert_nonnull (briefing_window_get_bundle (fixture->window));

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL));
  fixture->dialog = find_dialog ();
  g_assert_nonnull (fixture->dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->dialog)) == GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->dialog));
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_unlink (file);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (find_dialog () != NULL)
    gtk_window_destroy (GTK_WINDOW (find_dialog ()));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* The text of a PDF, or NULL when pdftotext is not installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The number of pages of a PDF, or 0 when pdfinfo is not installed. */
static guint
pdf_n_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  const char *argv[] = { pdfinfo, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *pages;

  if (pdfinfo == NULL)
    return 0;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, NULL, &error);
  g_assert_no_error (error);
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
test_opens_with_defaults (Fixture       *fixture,
                          gconstpointer  data)
{
  BriefingExportDialog *dialog = fixture->dialog;
  BriefingBundle *bundle = briefing_window_get_bundle (fixture->window);
  GtkFlowBox *parties = child (dialog, "parties_box");
  BriefingExportOptions options;
  guint n_checks = 0;

  /* The bundle's title, its span of dates and every party; no file yet, so nothing to export. */
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, "title_entry")), ==, briefing_bundle_get_title (bundle));
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, "from_entry")), !=, "");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, "to_entry")), !=, "");
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "from_entry")));
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (parties)); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c)))));
      n_checks++;
    }
  g_assert_cmpuint (n_checks, ==, g_list_model_get_n_items (briefing_bundle_get_parties (bundle)));
  g_assert_false (gtk_widget_get_visible (child (dialog, "selected_event_row")));
  g_assert_null (briefing_export_dialog_get_output_path (dialog));
  g_assert_false (can_export (dialog));

  /* Everything, in every format that carries it. */
  g_assert_true (briefing_export_dialog_build_options (dialog, &options));
  g_assert_cmpint (options.sections, ==, BRIEFING_SECTION_ALL);
  g_assert_null (options.party_ids);
  g_assert_null (options.event_ids);
  g_assert_false (briefing_date_is_set (&options.from));
  g_assert_cmpstr (options.title, ==, briefing_bundle_get_title (bundle));
  briefing_export_options_clear (&options);

  screenshot_light_and_dark (GTK_WIDGET (dialog), "export-dialog-idle");

  /* Cancel closes it. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (find_dialog ());
}

static void
test_exports_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  BriefingExportDialog *dialog = fixture->dialog;
  g_autofree char *path = g_build_filename (fixture->dir, "briefing.pdf", NULL);
  g_autofree char *text = NULL;

  briefing_export_dialog_set_format (dialog, BRIEFING_EXPORT_PDF);
  gtk_check_button_set_active (child (dialog, "timeline_check"), FALSE);
  gtk_check_button_set_active (child (dialog, "sources_check"), FALSE);
  gtk_editable_set_text (child (dialog, "title_entry"), "Weekly briefing on the Istanbul talks");
  gtk_editable_set_text (child (dialog, "prepared_by_entry"), "Desk East");
  briefing_export_dialog_set_output_path (dialog, path);
  g_assert_true (can_export (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.export", NULL));
  g_assert_true (briefing_export_dialog_get_exporting (dialog));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "form_box")));
  wait_for_export (dialog);

  g_assert_null (briefing_export_dialog_get_error_message (dialog));
  g_assert_cmpstr (briefing_export_dialog_get_last_exported_path (dialog), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (gtk_revealer_get_reveal_child (child (dialog, "status_revealer")));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, "status_stack")), ==, "done");
  g_assert_true (strstr (gtk_label_get_text (child (dialog, "done_label")), "briefing.pdf") != NULL);
  screenshot_light_and_dark (GTK_WIDGET (dialog), "export-dialog-done");

  /* The sections asked for are in it, the ones switched off are not. */
  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_message ("pdftotext is not installed: the PDF's text is not checked");
      return;
    }
  g_assert_true (strstr (text, "Weekly briefing on the Istanbul talks") != NULL);
  g_assert_true (strstr (text, "Bottom line") != NULL);
  g_assert_true (strstr (text, "Positions") != NULL);
  g_assert_null (strstr (text, "Timeline"));
  g_assert_null (strstr (text, "Sources"));
}

static void
test_exports_json (Fixture       *fixture,
                   gconstpointer  data)
{
  BriefingExportDialog *dialog = fixture->dialog;
  g_autofree char *path = g_build_filename (fixture->dir, "briefing.briefing.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  briefing_export_dialog_set_format (dialog, BRIEFING_EXPORT_JSON);
  briefing_export_dialog_set_output_path (dialog, path);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.export", NULL);
  wait_for_export (dialog);
  g_assert_cmpstr (briefing_export_dialog_get_last_exported_path (dialog), ==, path);

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member_with_default (root, "format", NULL), ==, "briefing");
}

/* A chosen file keeps its name and takes the format's ending; each format shows what it carries. */
static void
test_format_limits (Fixture       *fixture,
                    gconstpointer  data)
{
  BriefingExportDialog *dialog = fixture->dialog;
  g_autofree char *pdf = g_build_filename (fixture->dir, "talks.pdf", NULL);
  g_autofree char *markdown = g_build_filename (fixture->dir, "talks.md", NULL);
  g_autofree char *timeline = g_build_filename (fixture->dir, "talks.timeline.json", NULL);
  BriefingExportOptions options;

  briefing_export_dialog_set_output_path (dialog, pdf);
  gtk_check_button_set_active (child (dialog, "sources_check"), FALSE);

  briefing_export_dialog_set_format (dialog, BRIEFING_EXPORT_MARKDOWN);
  g_assert_cmpstr (briefing_export_dialog_get_output_path (dialog), ==, markdown);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "timeline_check")));
  g_assert_false (gtk_check_button_get_active (child (dialog, "timeline_check")));
  g_assert_nonnull (gtk_widget_get_tooltip_text (child (dialog, "timeline_check")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "questions_check")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "paper_row")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "summary_row")));
  g_assert_true (briefing_export_dialog_build_options (dialog, &options));
  g_assert_cmpint (options.sections, ==, BRIEFING_SECTION_QUESTIONS | BRIEFING_SECTION_ANNOTATIONS);
  briefing_export_options_clear (&options);

  /* Nothing left to export: Markdown without questions and annotations. */
  gtk_check_button_set_active (child (dialog, "questions_check"), FALSE);
  gtk_check_button_set_active (child (dialog, "annotations_check"), FALSE);
  g_assert_false (can_export (dialog));

  briefing_export_dialog_set_format (dialog, BRIEFING_EXPORT_TIMELINEJS);
  g_assert_cmpstr (briefing_export_dialog_get_output_path (dialog), ==, timeline);
  g_assert_true (can_export (dialog));
  g_assert_true (briefing_export_dialog_build_options (dialog, &options));
  g_assert_cmpint (options.sections, ==, BRIEFING_SECTION_TIMELINE);
  briefing_export_options_clear (&options);

  /* Back to PDF: the user's own choices come back. */
  briefing_export_dialog_set_format (dialog, BRIEFING_EXPORT_PDF);
  g_assert_cmpstr (briefing_export_dialog_get_output_path (dialog), ==, pdf);
  g_assert_true (gtk_check_button_get_active (child (dialog, "timeline_check")));
  g_assert_false (gtk_check_button_get_active (child (dialog, "sources_check")));
  g_assert_false (gtk_check_button_get_active (child (dialog, "questions_check")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "paper_row")));
}

/* What the user chose, as the composer gets it. */
static void
test_builds_options (Fixture       *fixture,
                     gconstpointer  data)
{
  BriefingSession *session = briefing_window_get_session (fixture->window);
  BriefingBundle *bundle = briefing_window_get_bundle (fixture->window);
  g_autoptr(BriefingEvent) event = g_list_model_get_item (briefing_bundle_get_events (bundle), 1);
  g_autoptr(BriefingParty) first_party = g_list_model_get_item (briefing_bundle_get_parties (bundle), 0);
  BriefingExportDialog *dialog;
  GtkWidget *first_check;
  BriefingExportOptions options;
  GtkTextBuffer *buffer;

  /* With an event selected in the timeline, the dialog offers it. */
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  briefing_session_set_selected_event (session, event);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (child (dialog, "selected_event_row")));

  gtk_check_button_set_active (child (dialog, "selected_event_check"), TRUE);
  first_check = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (child (dialog, "parties_box"), 0));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (first_check), FALSE);
  gtk_editable_set_text (child (dialog, "prepared_by_entry"), "  Desk East ");
  gtk_editable_set_text (child (dialog, "title_entry"), "");
  buffer = gtk_text_view_get_buffer (child (dialog, "summary_view"));
  gtk_text_buffer_set_text (buffer, "Talks continue; no ceasefire.\n", -1);
  gtk_drop_down_set_selected (child (dialog, "grouping_drop_down"), 1);

  g_assert_true (briefing_export_dialog_build_options (dialog, &options));
  g_assert_nonnull (options.event_ids);
  g_assert_cmpstr (options.event_ids[0], ==, briefing_event_get_id (event));
  g_assert_null (options.event_ids[1]);
  g_assert_nonnull (options.party_ids);
  g_assert_cmpuint (g_strv_length (options.party_ids), ==,
                    g_list_model_get_n_items (briefing_bundle_get_parties (bundle)) - 1);
  g_assert_false (g_strv_contains ((const char * const *) options.party_ids, briefing_party_get_id (first_party)));
  g_assert_cmpstr (options.prepared_by, ==, "Desk East");
  g_assert_null (options.title);
  g_assert_cmpstr (options.summary, ==, "Talks continue; no ceasefire.");
  g_assert_cmpint (options.grouping, ==, BRIEFING_GROUP_BY_TAG);
  briefing_export_options_clear (&options);

  /* A range of dates. */
  gtk_check_button_set_active (child (dialog, "range_check"), TRUE);
  gtk_editable_set_text (child (dialog, "from_entry"), "2025-05-16");
  gtk_editable_set_text (child (dialog, "to_entry"), "2025-06");
  g_assert_true (briefing_export_dialog_build_options (dialog, &options));
  g_assert_null (options.event_ids);
  g_assert_cmpint (options.from.year, ==, 2025);
  g_assert_cmpint (options.from.day, ==, 16);
  g_assert_cmpint (options.to.month, ==, 6);
  briefing_export_options_clear (&options);

  /* No party at all cannot be exported. */
  for (guint i = 0; i < g_list_model_get_n_items (briefing_bundle_get_parties (bundle)); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (child (dialog, "parties_box"), i))), FALSE);
  g_assert_false (briefing_export_dialog_build_options (dialog, &options));
  briefing_export_options_clear (&options);
  g_assert_true (gtk_widget_get_visible (child (dialog, "parties_message")));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Shows the end of the form: events and parties. */
static void
scroll_to_end (BriefingExportDialog *dialog)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (child (dialog, "parties_box"), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
test_invalid_range (Fixture       *fixture,
                    gconstpointer  data)
{
  BriefingExportDialog *dialog = fixture->dialog;
  g_autofree char *path = g_build_filename (fixture->dir, "range.pdf", NULL);
  GtkLabel *message = child (dialog, "range_message");

  briefing_export_dialog_set_output_path (dialog, path);
  gtk_check_button_set_active (child (dialog, "range_check"), TRUE);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "from_entry")));
  g_assert_true (can_export (dialog));

  /* Backwards: Export is insensitive and the dialog says why. */
  gtk_editable_set_text (child (dialog, "from_entry"), "2025-06-10");
  gtk_editable_set_text (child (dialog, "to_entry"), "2025-05-01");
  g_assert_false (can_export (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), !=, "");

  /* Not a date. */
  gtk_editable_set_text (child (dialog, "to_entry"), "June");
  g_assert_false (can_export (dialog));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "to_entry"), "error"));
  g_assert_false (gtk_widget_has_css_class (child (dialog, "from_entry"), "error"));
  gtk_test_accessible_assert_state (child (dialog, "to_entry"), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  scroll_to_end (dialog);
  screenshot_light_and_dark (GTK_WIDGET (dialog), "export-dialog-invalid-range");

  /* "All events" does not need the dates. */
  gtk_check_button_set_active (child (dialog, "all_events_check"), TRUE);
  g_assert_true (can_export (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));

  /* Fixed: Export again. */
  gtk_check_button_set_active (child (dialog, "range_check"), TRUE);
  gtk_editable_set_text (child (dialog, "to_entry"), "2025-06-30");
  g_assert_true (can_export (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
}

/* The sample bundle with many more events: an export that takes a while. */
static BriefingBundle *
big_bundle (guint n_events)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GFile) file = briefing_test_sample_file ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  GListModel *parties;

  g_assert_no_error (error);
  parties = briefing_bundle_get_parties (bundle);
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("generated-%u", i);
      g_autofree char *title = g_strdup_printf ("Working-group meeting %u on prisoner lists", i);
      BriefingDate start = { .year = 2024, .month = 1 + i % 12, .day = 1 + i % 28,
                             .precision = BRIEFING_DATE_PRECISION_DAY };
      g_autoptr(BriefingEvent) event = briefing_event_new (id, BRIEFING_EVENT_KIND_TALKS, title, &start);
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i % g_list_model_get_n_items (parties));

      briefing_event_set_description (event, "Delegations compared lists of prisoners and the bodies of the fallen "
                                             "to be exchanged, and agreed to meet again within the week.");
      briefing_event_add_participant (event, briefing_party_get_id (party));
      g_assert_true (briefing_bundle_add_event (bundle, event));
    }
  return bundle;
}

static gboolean
progress_started (gpointer dialog)
{
  GtkProgressBar *bar = child (dialog, "progress_bar");

  return !briefing_export_dialog_get_exporting (dialog) || gtk_progress_bar_get_fraction (bar) > 0;
}

static gboolean
dir_is_empty (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) == NULL;
}

static void
test_cancel (void)
{
  g_autoptr(BriefingBundle) bundle = big_bundle (12000);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("briefing-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "big.pdf", NULL);
  g_autofree char *quick = g_build_filename (dir, "quick.pdf", NULL);
  g_autoptr(BriefingExportDialog) dialog = g_object_ref_sink (briefing_export_dialog_new (NULL, bundle, NULL, NULL, NULL));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  briefing_export_dialog_set_output_path (dialog, path);

  /* Cancelled while it runs: the dialog shows its progress, then is back as it was, and no file. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.export", NULL);
  g_assert_true (briefing_export_dialog_get_exporting (dialog));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "form_box")));
  iterate_until (progress_started, dialog);
  screenshot_light_and_dark (GTK_WIDGET (dialog), "export-dialog-exporting");
  g_assert_true (briefing_export_dialog_get_exporting (dialog));
  /* Half a briefing never shows under its name. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  wait_for_export (dialog);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (dir_is_empty (dir));
  g_assert_null (briefing_export_dialog_get_last_exported_path (dialog));
  g_assert_null (briefing_export_dialog_get_error_message (dialog));
  g_assert_false (gtk_revealer_get_reveal_child (child (dialog, "status_revealer")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "form_box")));
  g_assert_true (can_export (dialog));

  /* Cancelled at once. */
  briefing_export_dialog_set_output_path (dialog, quick);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.export", NULL);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  wait_for_export (dialog);
  g_assert_false (g_file_test (quick, G_FILE_TEST_EXISTS));
  g_assert_null (briefing_export_dialog_get_last_exported_path (dialog));

  /* Closed while exporting: the export stops too. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.export", NULL);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate_until (not_exporting, dialog);
  g_assert_false (g_file_test (quick, G_FILE_TEST_EXISTS));

  g_rmdir (dir);
}

static void
test_failure (Fixture       *fixture,
              gconstpointer  data)
{
  BriefingExportDialog *dialog = fixture->dialog;
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "briefing.pdf", NULL);
  const char *message;

  briefing_export_dialog_set_output_path (dialog, path);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.export", NULL);
  wait_for_export (dialog);

  message = briefing_export_dialog_get_error_message (dialog);
  g_assert_nonnull (message);
  g_assert_true (strstr (message, "briefing.pdf") != NULL);
  g_assert_null (briefing_export_dialog_get_last_exported_path (dialog));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, "status_stack")), ==, "failed");
  g_assert_cmpstr (gtk_label_get_text (child (dialog, "error_label")), ==, message);
  g_assert_true (can_export (dialog));
  screenshot_light_and_dark (GTK_WIDGET (dialog), "export-dialog-failed");
}

/* Who prepared it and where it went are offered again next time. */
static void
test_remembers (Fixture       *fixture,
                gconstpointer  data)
{
  GSettings *settings = briefing_application_get_settings (app);
  g_autofree char *path = g_build_filename (fixture->dir, "remembered.md", NULL);
  g_autofree char *folder = NULL;
  g_autofree char *prepared_by = NULL;

  briefing_export_dialog_set_format (fixture->dialog, BRIEFING_EXPORT_MARKDOWN);
  gtk_editable_set_text (child (fixture->dialog, "prepared_by_entry"), "Desk East");
  briefing_export_dialog_set_output_path (fixture->dialog, path);
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "export.export", NULL);
  wait_for_export (fixture->dialog);
  g_assert_cmpstr (briefing_export_dialog_get_last_exported_path (fixture->dialog), ==, path);

  folder = g_settings_get_string (settings, "export-folder");
  prepared_by = g_settings_get_string (settings, "prepared-by");
  g_assert_cmpstr (folder, ==, fixture->dir);
  g_assert_cmpstr (prepared_by, ==, "Desk East");

  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  g_assert_cmpstr (gtk_editable_get_text (child (find_dialog (), "prepared_by_entry")), ==, "Desk East");
  g_settings_reset (settings, "prepared-by");
  g_settings_reset (settings, "export-folder");
}

/* A briefing in Ukrainian from an English window: the file speaks Ukrainian, the dialog English;
 * the choice is remembered. The Ukrainian words come from the catalogue, not from this test. */
static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  GSettings *settings = briefing_application_get_settings (app);
  g_autofree char *path = g_build_filename (fixture->dir, "ukrainian.md", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *english = NULL;
  g_autofree char *remembered = NULL;
  g_autoptr(BriefingCatalog) uk = briefing_catalog_get ("uk", NULL);
  GtkDropDown *languages = child (fixture->dialog, "language_drop_down");
  GListModel *names = gtk_drop_down_get_model (languages);
  guint n_languages;
  const BriefingLanguage *known = briefing_languages_get (&n_languages);

  g_assert_nonnull (uk);
  /* The interface's language first, then every language named in itself. */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, n_languages + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (languages), ==, 0);
  for (guint i = 0; i < n_languages; i++)
    if (g_str_equal (known[i].code, "uk"))
      {
        g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), i + 1), ==, "Українська");
        gtk_drop_down_set_selected (languages, i + 1);
      }

  briefing_export_dialog_set_format (fixture->dialog, BRIEFING_EXPORT_MARKDOWN);
  briefing_export_dialog_set_output_path (fixture->dialog, path);
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "export.export", NULL);
  wait_for_export (fixture->dialog);
  g_assert_cmpstr (briefing_export_dialog_get_last_exported_path (fixture->dialog), ==, path);
  g_assert_true (g_file_get_contents (path, &markdown, NULL, NULL));

  briefing_translation_push (uk);
  heading = g_strdup_printf ("\n## %s\n", briefing_section_get_title (BRIEFING_SECTION_SOURCES));
  briefing_translation_pop ();
  english = g_strdup_printf ("\n## %s\n", briefing_section_get_title (BRIEFING_SECTION_SOURCES));
  g_assert_cmpstr (heading, !=, english);
  g_assert_nonnull (strstr (markdown, heading));
  g_assert_null (strstr (markdown, english));

  /* The dialog itself still speaks the interface's language. */
  g_assert_cmpstr (gtk_button_get_label (child (fixture->dialog, "cancel_button")), ==, "_Close");

  remembered = g_settings_get_string (settings, "export-language");
  g_assert_cmpstr (remembered, ==, "uk");
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  languages = child (find_dialog (), "language_drop_down");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (languages)),
                                               gtk_drop_down_get_selected (languages)), ==, "Українська");
  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "export-folder");
}

/* Printing to a file draws the same pages as the page layout counts. */
static void
test_print_to_file (Fixture       *fixture,
                    gconstpointer  data)
{
  BriefingBundle *bundle = briefing_window_get_bundle (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriefingComposition) composition = NULL;
  g_autoptr(BriefingPageLayout) layout = NULL;
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  BriefingExportOptions options;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  guint n_pages;

  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_true (briefing_window_print_to_file (fixture->window, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The same layout, on the same sheet, with a PDF surface's font metrics. */
  briefing_export_options_init (&options);
  composition = briefing_compose (bundle, briefing_session_get_annotations (briefing_window_get_session (fixture->window)),
                                  &options);
  briefing_export_options_clear (&options);
  surface = cairo_pdf_surface_create (NULL, gtk_paper_size_get_width (a4, GTK_UNIT_POINTS),
                                      gtk_paper_size_get_height (a4, GTK_UNIT_POINTS));
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  layout = briefing_page_layout_new (composition, context, gtk_paper_size_get_width (a4, GTK_UNIT_POINTS),
                                     gtk_paper_size_get_height (a4, GTK_UNIT_POINTS));
  n_pages = briefing_page_layout_get_n_pages (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (n_pages, >, 0);

  if (pdf_n_pages (path) > 0)
    g_assert_cmpuint (pdf_n_pages (path), ==, n_pages);
  text = pdf_text (path);
  if (text != NULL)
    g_assert_true (strstr (text, briefing_bundle_get_title (bundle)) != NULL);
}

/* Without a bundle there is nothing to export or print. */
static void
test_disabled_without_bundle (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "briefing-nothing.pdf", NULL);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_null (find_dialog ());
  g_assert_false (briefing_window_print_to_file (window, path, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts (void)
{
  g_auto(GStrv) export = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.export");
  g_auto(GStrv) print = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.print");

  g_assert_true (g_strv_contains ((const char * const *) export, "<Control>e"));
  g_assert_true (g_strv_contains ((const char * const *) print, "<Control>p"));
}

int
main (int   argc,
      char *argv[])
{
  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export-dialog/opens-with-defaults", test_opens_with_defaults);
  ADD ("/export-dialog/exports-pdf", test_exports_pdf);
  ADD ("/export-dialog/exports-json", test_exports_json);
  ADD ("/export-dialog/format-limits", test_format_limits);
  ADD ("/export-dialog/builds-options", test_builds_options);
  ADD ("/export-dialog/invalid-range", test_invalid_range);
  ADD ("/export-dialog/failure", test_failure);
  ADD ("/export-dialog/remembers", test_remembers);
  ADD ("/export-dialog/print-to-file", test_print_to_file);
  ADD ("/export-dialog/language", test_language);
#undef ADD
  g_test_add_func ("/export-dialog/cancel", test_cancel);
  g_test_add_func ("/export-dialog/disabled-without-bundle", test_disabled_without_bundle);
  g_test_add_func ("/export-dialog/shortcuts", test_shortcuts);

  return g_test_run ();
}
