/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's commands: every menu item, button and shortcut of the window activates one of
 * these "win." actions. */
#define G_LOG_DOMAIN "briefing-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-editor.h"
#include "briefing-export-dialog.h"
#include "briefing-location-dialog.h"
#include "briefing-print-operation.h"
#include "briefing-problems-dialog.h"
#include "briefing-window-private.h"

static void briefing_window_class_add_annotation_actions (GtkWidgetClass *widget_class);
static void briefing_window_class_add_export_actions     (GtkWidgetClass *widget_class);

static void
file_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          gpointer         user_data)
{
  BriefingWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      briefing_window_open (self, file);
    }

  g_object_unref (dialog);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) bundles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Bundle"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (bundles, _("Briefing bundles"));
  gtk_file_filter_add_mime_type (bundles, "application/x-briefing-bundle+json");
  gtk_file_filter_add_suffix (bundles, "bundle.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), bundles);
  gtk_file_filter_set_name (all, _("All JSON files"));
  gtk_file_filter_add_mime_type (all, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect (dialog, "response", G_CALLBACK (file_chooser_response_cb), widget);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_location_chosen (BriefingWindow         *self,
                    const char             *uri,
                    BriefingLocationDialog *dialog)
{
  briefing_window_open_location (self, uri);
}

static void
open_location_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BriefingLocationDialog *dialog = briefing_location_dialog_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "open", G_CALLBACK (on_location_chosen), widget, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_uri_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  briefing_window_open (BRIEFING_WINDOW (widget), file);
}

static void
cancel_load_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
show_problems_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  BriefingProblemsDialog *dialog;

  if (self->problems == NULL)
    return;

  dialog = briefing_problems_dialog_new (GTK_WINDOW (self), self->problems_file, self->problems);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dismiss_error_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  briefing_window_set_error (BRIEFING_WINDOW (widget), NULL, NULL, NULL);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_quote_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  BriefingBundle *bundle = briefing_session_get_bundle (self->session);
  const char *article_id;
  guint64 start, end;
  BriefingArticle *article;

  g_variant_get (parameter, "(&stt)", &article_id, &start, &end);
  article = bundle != NULL ? briefing_bundle_lookup_article (bundle, article_id) : NULL;
  if (article != NULL)
    briefing_session_show_quote (self->session, article, start, end);
}

static void
timeline_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  static const struct { const char *window_action, *timeline_action; } forward[] = {
    { "win.zoom-in", "timeline.zoom-in" },
    { "win.zoom-out", "timeline.zoom-out" },
    { "win.zoom-fit", "timeline.zoom-fit" },
    { "win.previous-event", "timeline.select-previous" },
    { "win.next-event", "timeline.select-next" },
  };

  /* The shortcuts work wherever the focus is; the timeline does the work. */
  for (guint i = 0; i < G_N_ELEMENTS (forward) && self->timeline != NULL; i++)
    if (g_str_equal (action_name, forward[i].window_action))
      gtk_widget_activate_action (GTK_WIDGET (self->timeline), forward[i].timeline_action, NULL);
}

/* The shortcuts window is built the first time it is asked for: GTK would build it with every
 * window, before the window's first frame. */
static void
show_shortcuts_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self)) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/briefing/Briefing/help-overlay.ui");

      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_widget_activate_action (widget, "win.show-help-overlay", NULL);
}

void
briefing_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.open-location", NULL, open_location_activated);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_activated);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_activated);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.show-quote", "(stt)", show_quote_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, timeline_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, timeline_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, timeline_activated);
  gtk_widget_class_install_action (widget_class, "win.previous-event", NULL, timeline_activated);
  gtk_widget_class_install_action (widget_class, "win.next-event", NULL, timeline_activated);
  briefing_window_class_add_annotation_actions (widget_class);
  briefing_window_class_add_export_actions (widget_class);
}

/* Annotations */

static BriefingAnnotationStore *
get_store (BriefingWindow *self)
{
  return briefing_session_get_annotations (self->session);
}

/* Opens the editor on @annotation; what it saves becomes one change with undo. */
static void
on_editor_saved (BriefingAnnotationEditor *editor,
                 BriefingAnnotation       *edited,
                 BriefingWindow           *self)
{
  BriefingAnnotationStore *store = briefing_annotation_editor_get_store (editor);
  gboolean is_new = briefing_annotation_editor_get_is_new (editor);
  BriefingAnnotation *before = is_new ? NULL : briefing_annotation_store_lookup (store, briefing_annotation_get_id (edited));
  const char *label;

  switch (briefing_annotation_get_kind (edited))
    {
    case BRIEFING_ANNOTATION_KIND_QUESTION:
      label = is_new ? _("Add Question") : _("Edit Question");
      break;
    case BRIEFING_ANNOTATION_KIND_HIGHLIGHT:
      label = is_new ? _("Add Highlight") : _("Edit Highlight");
      break;
    case BRIEFING_ANNOTATION_KIND_NOTE:
    default:
      label = is_new ? _("Add Note") : _("Edit Note");
      break;
    }

  briefing_annotation_store_change (store, self->undo, before, edited, label);
}

static void
edit (BriefingWindow     *self,
      BriefingAnnotation *annotation)
{
  BriefingAnnotationEditor *editor;

  editor = briefing_annotation_editor_new (GTK_WINDOW (self), get_store (self),
                                           briefing_session_get_bundle (self->session), annotation);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A new annotation on the words selected in the reader; NULL when nothing is selected. */
static BriefingAnnotation *
annotate_selection (BriefingWindow         *self,
                    BriefingAnnotationKind  kind)
{
  BriefingArticle *article = briefing_session_get_selected_article (self->session);
  BriefingAnnotation *annotation;
  gsize start, end;

  if (article == NULL || self->reader == NULL || !briefing_reader_get_selection (self->reader, &start, &end))
    return NULL;

  annotation = briefing_annotation_new (kind);
  briefing_annotation_set_target (annotation, BRIEFING_TARGET_ARTICLE, briefing_article_get_id (article));
  briefing_annotation_quote_text (annotation, briefing_article_get_text (article),
                                  briefing_article_get_text_length (article), start, end);
  return annotation;
}

static void
no_selection (BriefingWindow *self)
{
  briefing_window_set_error (self, _("Select words in the article first, then highlight them or add a note."),
                             NULL, NULL);
}

static void
highlight_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  g_autoptr(BriefingAnnotation) annotation = annotate_selection (self, BRIEFING_ANNOTATION_KIND_HIGHLIGHT);

  if (annotation == NULL)
    {
      no_selection (self);
      return;
    }

  briefing_annotation_set_color (annotation, g_variant_get_string (parameter, NULL));
  briefing_annotation_store_change (get_store (self), self->undo, NULL, annotation, _("Add Highlight"));
}

static void
add_note_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  g_autoptr(BriefingAnnotation) annotation = annotate_selection (self, BRIEFING_ANNOTATION_KIND_NOTE);

  if (annotation == NULL)
    {
      no_selection (self);
      return;
    }

  edit (self, annotation);
}

/* A question is about the selected words, else the selected event, else the whole bundle. */
static void
add_question_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  g_autoptr(BriefingAnnotation) annotation = annotate_selection (self, BRIEFING_ANNOTATION_KIND_QUESTION);
  BriefingEvent *event = briefing_session_get_selected_event (self->session);

  if (annotation == NULL)
    {
      annotation = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_QUESTION);
      if (event != NULL && briefing_session_get_question_for_event (self->session, event) == NULL)
        briefing_annotation_set_target (annotation, BRIEFING_TARGET_EVENT, briefing_event_get_id (event));
      else
        briefing_annotation_set_target (annotation, BRIEFING_TARGET_BUNDLE, NULL);
    }

  edit (self, annotation);
}

static void
add_item_note_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  BriefingTargetKind kind = g_str_equal (action_name, "win.add-event-note") ? BRIEFING_TARGET_EVENT
                                                                            : BRIEFING_TARGET_DEMAND;

  briefing_annotation_set_target (annotation, kind, g_variant_get_string (parameter, NULL));
  edit (self, annotation);
}

static void
edit_annotation_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  BriefingAnnotation *annotation = briefing_annotation_store_lookup (get_store (self),
                                                                     g_variant_get_string (parameter, NULL));

  if (annotation != NULL)
    edit (self, annotation);
}

static void
delete_annotation_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  BriefingAnnotation *annotation = briefing_annotation_store_lookup (get_store (self),
                                                                     g_variant_get_string (parameter, NULL));

  if (annotation != NULL)
    briefing_annotation_store_change (get_store (self), self->undo, annotation, NULL, _("Delete Note"));
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  if (g_str_equal (action_name, "win.undo"))
    briefing_undo_context_undo (self->undo);
  else
    briefing_undo_context_redo (self->undo);
}

static void
briefing_window_class_add_annotation_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.highlight", "s", highlight_activated);
  gtk_widget_class_install_action (widget_class, "win.add-note", NULL, add_note_activated);
  gtk_widget_class_install_action (widget_class, "win.add-question", NULL, add_question_activated);
  gtk_widget_class_install_action (widget_class, "win.add-event-note", "s", add_item_note_activated);
  gtk_widget_class_install_action (widget_class, "win.add-demand-note", "s", add_item_note_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-annotation", "s", edit_annotation_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-annotation", "s", delete_annotation_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_activated);
}

/* Export and print */

/* The event selected in the timeline, when it is one of the bundle's (not a question's deadline). */
static BriefingEvent *
get_selected_bundle_event (BriefingWindow *self)
{
  BriefingBundle *bundle = briefing_session_get_bundle (self->session);
  BriefingEvent *event = briefing_session_get_selected_event (self->session);

  if (bundle == NULL || event == NULL)
    return NULL;

  return briefing_bundle_lookup_event (bundle, briefing_event_get_id (event)) == event ? event : NULL;
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  BriefingBundle *bundle = briefing_session_get_bundle (self->session);
  BriefingExportDialog *dialog;

  if (bundle == NULL)
    return;

  dialog = briefing_export_dialog_new (GTK_WINDOW (self), bundle, get_store (self), get_selected_bundle_event (self),
                                       briefing_window_get_settings (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The whole briefing, every section, as the window shows it now. */
static BriefingComposition *
compose_default (BriefingWindow *self)
{
  BriefingExportOptions options;
  BriefingComposition *composition;
  GSettings *settings = briefing_window_get_settings (self);
  g_autofree char *prepared_by = settings != NULL ? g_settings_get_string (settings, "prepared-by") : NULL;

  briefing_export_options_init (&options);
  if (prepared_by != NULL && *prepared_by != '\0')
    options.prepared_by = g_steal_pointer (&prepared_by);
  composition = briefing_compose (briefing_session_get_bundle (self->session), get_store (self), &options);
  briefing_export_options_clear (&options);

  return composition;
}

static void
print_failed (BriefingWindow *self,
              const GError   *error)
{
  /* Translators: %s says why printing failed */
  g_autofree char *message = g_strdup_printf (_("The briefing could not be printed: %s"), error->message);

  briefing_window_set_error (self, message, NULL, NULL);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               BriefingWindow          *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        print_failed (self, error);
    }
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  g_autoptr(BriefingComposition) composition = NULL;
  g_autoptr(BriefingPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (briefing_session_get_bundle (self->session) == NULL)
    return;

  composition = compose_default (self);
  operation = briefing_print_operation_new (composition);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), self->print_settings);
  gtk_print_operation_set_show_progress (GTK_PRINT_OPERATION (operation), TRUE);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);

  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    print_failed (self, error);
}

static void
briefing_window_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
}

/* Prints the briefing, as "win.print" does, to a PDF file without a dialog. */
gboolean
briefing_window_print_to_file (BriefingWindow  *self,
                               const char      *path,
                               GError         **error)
{
  g_autoptr(BriefingComposition) composition = NULL;
  g_autoptr(BriefingPrintOperation) operation = NULL;

  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (briefing_session_get_bundle (self->session) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No bundle is open"));
      return FALSE;
    }

  composition = compose_default (self);
  operation = briefing_print_operation_new (composition);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);

  return gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                  GTK_WINDOW (self), error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
