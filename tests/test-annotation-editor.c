/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The annotation editor and the colour meanings dialog, under Xvfb, filled in through their widgets
 * as a user fills them in. Screenshots, light and dark, go to the build directory's
 * tests/screenshots/. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-annotation-editor.h"
#include "briefing-annotation-store.h"
#include "briefing-annotation-swatch.h"
#include "briefing-application.h"
#include "briefing-bundle-reader.h"
#include "briefing-color-labels-dialog.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static BriefingBundle *bundle;

typedef struct
{
  char                    *dir;
  BriefingAnnotationStore *store;
  GtkWindow               *parent;
  BriefingAnnotation      *saved;
  guint                    n_saved;
} Fixture;

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget     *widget,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_id (GtkWidget     *widget,
        gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_color_button (GtkWidget     *widget,
                 gconstpointer  color)
{
  GtkWidget *child;

  if (!GTK_IS_TOGGLE_BUTTON (widget))
    return FALSE;
  child = gtk_button_get_child (GTK_BUTTON (widget));
  return BRIEFING_IS_ANNOTATION_SWATCH (child) &&
         g_strcmp0 (briefing_annotation_swatch_get_color (BRIEFING_ANNOTATION_SWATCH (child)), color) == 0;
}

static gpointer
child (gpointer    widget,
       const char *id)
{
  GtkWidget *found = find_widget (widget, has_id, id);

  g_assert_nonnull (found);
  return found;
}

static void
on_saved (BriefingAnnotationEditor *editor,
          BriefingAnnotation       *edited,
          Fixture                  *fixture)
{
  g_set_object (&fixture->saved, edited);
  fixture->n_saved++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("briefing-editor-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = briefing_annotation_store_new (briefing_bundle_get_id (bundle), fixture->dir);
  briefing_annotation_store_set_save_delay (fixture->store, 0);
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (fixture->parent, GTK_APPLICATION (app));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (fixture->parent);
  g_clear_object (&fixture->saved);
  g_clear_object (&fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static BriefingAnnotationEditor *
open_editor (Fixture            *fixture,
             BriefingAnnotation *annotation)
{
  BriefingAnnotationEditor *editor = briefing_annotation_editor_new (fixture->parent, fixture->store, bundle,
                                                                     annotation);

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), fixture);
  gtk_window_present (GTK_WINDOW (editor));
  briefing_test_settle (GTK_WIDGET (editor));

  return editor;
}

static void
screenshot_light_and_dark (GtkWidget  *widget,
                           const char *name)
{
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  briefing_test_save_screenshot (widget, name);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  briefing_test_settle (widget);
  briefing_test_save_screenshot (widget, dark);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  briefing_test_settle (widget);
}

static void
test_new_note (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BriefingAnnotation) note = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  BriefingAnnotationEditor *editor;
  GtkWidget *blue, *none;
  GtkTextView *view;
  const char * const *tags;

  briefing_annotation_set_target (note, BRIEFING_TARGET_EVENT, "e-round2");
  editor = open_editor (fixture, note);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  g_assert_true (briefing_annotation_editor_get_is_new (editor));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Note");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == fixture->parent);
  g_assert_cmpstr (gtk_label_get_text (child (editor, "target_label")), ==, "Event: Second round of direct talks");
  g_assert_false (gtk_widget_get_visible (child (editor, "quote_label")));
  g_assert_false (gtk_widget_get_visible (child (editor, "question_grid")));

  /* Notes may have no colour: "None" is there, and chosen. */
  none = find_widget (GTK_WIDGET (editor), is_color_button, NULL);
  g_assert_true (gtk_widget_get_visible (none));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (none)));
  g_assert_cmpstr (gtk_label_get_text (child (editor, "meaning_label")), ==, "No colour");

  /* Each colour says what it means, as tooltip and as accessible name. */
  blue = find_widget (GTK_WIDGET (editor), is_color_button, "blue");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (blue), ==, briefing_annotation_store_get_label (fixture->store, "blue"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (blue), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       briefing_annotation_store_get_label (fixture->store, "blue"));

  /* Fill it in as a user would. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (blue), TRUE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (none)));
  g_assert_nonnull (strstr (gtk_label_get_text (child (editor, "meaning_label")), "Blue"));
  view = child (editor, "note_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Ask the desk about the memoranda.\n", -1);
  gtk_editable_set_text (child (editor, "tags_entry"), "memoranda, follow-up,, Memoranda ");
  briefing_test_settle (GTK_WIDGET (editor));
  screenshot_light_and_dark (GTK_WIDGET (editor), "annotation-editor-note");

  /* Ctrl+Return and the Save button both run "editor.save". */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_cmpuint (fixture->n_saved, ==, 1);
  g_assert_null (editor);

  g_assert_cmpstr (briefing_annotation_get_id (fixture->saved), ==, briefing_annotation_get_id (note));
  g_assert_cmpint (briefing_annotation_get_kind (fixture->saved), ==, BRIEFING_ANNOTATION_KIND_NOTE);
  g_assert_cmpstr (briefing_annotation_get_color (fixture->saved), ==, "blue");
  g_assert_cmpstr (briefing_annotation_get_note (fixture->saved), ==, "Ask the desk about the memoranda.");
  tags = briefing_annotation_get_tags (fixture->saved);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 2);
  g_assert_cmpstr (tags[0], ==, "memoranda");
  g_assert_cmpstr (tags[1], ==, "follow-up");
  g_assert_cmpint (briefing_annotation_get_target_kind (fixture->saved), ==, BRIEFING_TARGET_EVENT);
  g_assert_cmpstr (briefing_annotation_get_target_id (fixture->saved), ==, "e-round2");

  /* What it was given is left as it was; the caller applies the change. */
  g_assert_null (briefing_annotation_get_color (note));
  g_assert_null (briefing_annotation_get_note (note));
  briefing_annotation_store_change (fixture->store, NULL, NULL, fixture->saved, "Add Note");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
}

static void
test_highlight (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(BriefingAnnotation) highlight = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_HIGHLIGHT);
  g_autoptr(BriefingAnnotation) stored = NULL;
  BriefingAnnotationEditor *editor;

  briefing_annotation_set_target (highlight, BRIEFING_TARGET_ARTICLE, "a-round2-long");
  briefing_annotation_set_quote (highlight, "turned down an unconditional ceasefire", NULL, NULL);
  briefing_annotation_set_tags (highlight, (const char *[]) { "ceasefire", NULL });
  briefing_annotation_store_add (fixture->store, highlight);
  stored = briefing_annotation_copy (highlight);

  editor = open_editor (fixture, stored);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  /* An existing highlight: its words at the top, no "None", and yellow when it had no colour. */
  g_assert_false (briefing_annotation_editor_get_is_new (editor));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Highlight");
  g_assert_cmpstr (gtk_label_get_text (child (editor, "quote_label")), ==, "“turned down an unconditional ceasefire”");
  g_assert_cmpstr (gtk_label_get_text (child (editor, "target_label")), ==,
                   "Second Istanbul round: a new prisoner swap, but no ceasefire");
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (editor), is_color_button, NULL)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (editor), is_color_button,
                                                                                  "yellow"))));
  g_assert_cmpstr (gtk_editable_get_text (child (editor, "tags_entry")), ==, "ceasefire");
  briefing_test_save_screenshot (GTK_WIDGET (editor), "annotation-editor-highlight");

  /* Escape (window.close) cancels: nothing is saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (editor);
  g_assert_cmpuint (fixture->n_saved, ==, 0);
}

static void
test_question (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BriefingAnnotation) question = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_QUESTION);
  BriefingAnnotationEditor *editor;
  GtkDropDown *owners;
  GtkWidget *owner_entry, *deadline_entry, *error, *save;
  const BriefingDate *deadline;
  BriefingDate date;

  briefing_annotation_set_target (question, BRIEFING_TARGET_DEMAND, "d-ru-neutrality");
  briefing_annotation_set_color (question, "green");
  briefing_annotation_set_note (question, "Is neutrality still a precondition?");
  briefing_annotation_set_owner (question, "ru");
  g_assert_true (briefing_date_parse ("2025-08-31", &date, NULL));
  briefing_annotation_set_deadline (question, &date);

  editor = open_editor (fixture, question);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  owners = child (editor, "owner_dropdown");
  owner_entry = child (editor, "owner_entry");
  deadline_entry = child (editor, "deadline_entry");
  error = child (editor, "deadline_error");
  save = child (editor, "save_button");

  /* The owner is a party of the bundle, by name; the deadline reads as a date. */
  g_assert_true (gtk_widget_get_visible (child (editor, "question_grid")));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Question");
  g_assert_cmpstr (gtk_label_get_text (child (editor, "target_label")), ==,
                   "Demand: Ukrainian neutrality and no NATO membership");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (owners)), ==, "Russia");
  g_assert_false (gtk_widget_get_visible (owner_entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deadline_entry)), ==, "2025-08-31");
  g_assert_false (gtk_widget_get_visible (error));
  screenshot_light_and_dark (GTK_WIDGET (editor), "annotation-editor-question");

  /* An invalid deadline is said in words beside the entry and keeps Save from saving. */
  gtk_editable_set_text (GTK_EDITABLE (deadline_entry), "31/08/2025");
  briefing_test_settle (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_get_mapped (error));
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (deadline_entry), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  briefing_test_save_screenshot (GTK_WIDGET (editor), "annotation-editor-invalid-deadline");
  g_signal_emit_by_name (save, "clicked");
  g_assert_cmpuint (fixture->n_saved, ==, 0);
  g_assert_nonnull (editor);

  /* A month is not a day either. */
  gtk_editable_set_text (GTK_EDITABLE (deadline_entry), "2025-09");
  briefing_test_settle (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_get_mapped (error));

  /* Someone else, by name, and a valid day. */
  gtk_drop_down_set_selected (owners, g_list_model_get_n_items (gtk_drop_down_get_model (owners)) - 1);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (owners)), ==, "Someone else…");
  g_assert_true (gtk_widget_get_visible (owner_entry));
  gtk_editable_set_text (GTK_EDITABLE (owner_entry), " Jane Doe ");
  gtk_editable_set_text (GTK_EDITABLE (deadline_entry), " 2025-09-15 ");
  briefing_test_settle (GTK_WIDGET (editor));
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_true (gtk_widget_get_sensitive (save));

  g_signal_emit_by_name (save, "clicked");
  g_assert_cmpuint (fixture->n_saved, ==, 1);
  g_assert_null (editor);
  g_assert_cmpstr (briefing_annotation_get_owner (fixture->saved), ==, "Jane Doe");
  deadline = briefing_annotation_get_deadline (fixture->saved);
  g_assert_nonnull (deadline);
  g_assert_cmpint (deadline->precision, ==, BRIEFING_DATE_PRECISION_DAY);
  g_assert_cmpint (deadline->year, ==, 2025);
  g_assert_cmpint (deadline->month, ==, 9);
  g_assert_cmpint (deadline->day, ==, 15);
  g_assert_cmpstr (briefing_annotation_get_color (fixture->saved), ==, "green");
  g_assert_cmpstr (briefing_annotation_get_note (fixture->saved), ==, "Is neutrality still a precondition?");
}

static void
test_question_clears (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(BriefingAnnotation) question = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_QUESTION);
  BriefingAnnotationEditor *editor;
  BriefingDate date;

  briefing_annotation_set_target (question, BRIEFING_TARGET_BUNDLE, NULL);
  briefing_annotation_set_owner (question, "Jane Doe");
  g_assert_true (briefing_date_parse ("2025-08-31", &date, NULL));
  briefing_annotation_set_deadline (question, &date);
  editor = open_editor (fixture, question);

  /* A person's name comes back as "Someone else…" with the name. */
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (child (editor, "owner_dropdown"))),
                   ==, "Someone else…");
  g_assert_cmpstr (gtk_editable_get_text (child (editor, "owner_entry")), ==, "Jane Doe");
  g_assert_cmpstr (gtk_label_get_text (child (editor, "target_label")), ==, "Whole bundle");

  /* No owner and no deadline are allowed. */
  gtk_drop_down_set_selected (child (editor, "owner_dropdown"), 0);
  gtk_editable_set_text (child (editor, "deadline_entry"), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_cmpuint (fixture->n_saved, ==, 1);
  g_assert_null (briefing_annotation_get_owner (fixture->saved));
  g_assert_null (briefing_annotation_get_deadline (fixture->saved));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static void
test_edit_meanings (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(BriefingAnnotation) note = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  BriefingAnnotationEditor *editor;
  GtkWindow *dialog;
  GtkWidget *entry, *red;

  briefing_annotation_set_target (note, BRIEFING_TARGET_BUNDLE, NULL);
  editor = open_editor (fixture, note);

  /* "Edit Meanings…" opens the small dialog over the editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.edit-labels", NULL));
  dialog = find_toplevel (BRIEFING_TYPE_COLOR_LABELS_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (editor));
  briefing_test_settle (GTK_WIDGET (dialog));
  screenshot_light_and_dark (GTK_WIDGET (dialog), "color-labels-dialog");

  /* The second entry is red's. */
  entry = find_widget (GTK_WIDGET (dialog), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  entry = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (entry)));
  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Meaning of Red");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Contradiction");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "labels.save", NULL));
  g_assert_null (find_toplevel (BRIEFING_TYPE_COLOR_LABELS_DIALOG));

  /* The store and the editor's colour buttons have the new meaning. */
  g_assert_cmpstr (briefing_annotation_store_get_label (fixture->store, "red"), ==, "Contradiction");
  red = find_widget (GTK_WIDGET (editor), is_color_button, "red");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (red), ==, "Contradiction");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (red), GTK_ACCESSIBLE_PROPERTY_LABEL, "Contradiction");

  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (0);
  bundle = briefing_test_load_sample ();

  g_test_add ("/annotation-editor/new-note", Fixture, NULL, fixture_set_up, test_new_note, fixture_tear_down);
  g_test_add ("/annotation-editor/highlight", Fixture, NULL, fixture_set_up, test_highlight, fixture_tear_down);
  g_test_add ("/annotation-editor/question", Fixture, NULL, fixture_set_up, test_question, fixture_tear_down);
  g_test_add ("/annotation-editor/question-clears", Fixture, NULL, fixture_set_up, test_question_clears,
              fixture_tear_down);
  g_test_add ("/annotation-editor/edit-meanings", Fixture, NULL, fixture_set_up, test_edit_meanings,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&bundle);
  g_clear_object (&app);
  return status;
}
