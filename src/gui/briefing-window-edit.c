/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's editing: the document of the bundle shown, its title with a modified mark, New,
 * Save and Save As, the question about unsaved changes, the editors, deleting with Undo. */
#define G_LOG_DOMAIN "briefing-window-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-bundle-edit.h"
#include "briefing-demand-editor.h"
#include "briefing-event-editor.h"
#include "briefing-party-editor.h"
#include "briefing-window-private.h"

/* How long "Event deleted — Undo" stays. */
#define TOAST_SECONDS 8

/* Title and state */

void
briefing_window_update_title (BriefingWindow *self)
{
  BriefingDocument *document = self->document;
  GFile *file = document != NULL ? briefing_document_get_file (document) : NULL;
  g_autofree char *name = file != NULL ? briefing_fetcher_dup_display_name (file) : NULL;
  g_autofree char *title = NULL;

  if (document == NULL)
    return;

  if (briefing_document_get_modified (document))
    /* Translators: the window title of a bundle with unsaved changes; %s is its title */
    title = g_strdup_printf (_("• %s"), briefing_document_get_title (document));
  else
    title = g_strdup (briefing_document_get_title (document));

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->title_label, title);
  /* Translators: the subtitle of a new bundle that has no file yet */
  gtk_label_set_text (self->subtitle_label, name != NULL ? name : _("Not saved"));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
  briefing_window_actions_update (self);
}

static void
on_document_error (BriefingWindow   *self,
                   GParamSpec       *pspec,
                   BriefingDocument *document)
{
  const char *message = briefing_document_get_error_message (document);

  /* The edits stay, unsaved; another place may do. */
  if (message != NULL)
    {
      briefing_window_set_error (self, message, NULL, NULL);
      briefing_window_set_error_action (self, _("Save _As…"), "win.save-as");
    }
}

void
briefing_window_set_document (BriefingWindow   *self,
                              BriefingDocument *document)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document == NULL)
    return;

  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (briefing_window_update_title), self);
  g_signal_connect_swapped (document, "notify::title", G_CALLBACK (briefing_window_update_title), self);
  g_signal_connect_swapped (document, "notify::file", G_CALLBACK (briefing_window_update_title), self);
  g_signal_connect_swapped (document, "notify::error-message", G_CALLBACK (on_document_error), self);
  briefing_window_update_title (self);
}

void
briefing_window_edit_actions_update (BriefingWindow *self)
{
  static const char * const edit_actions[] = {
    "win.save", "win.save-as", "win.add-party", "win.edit-party", "win.delete-party", "win.add-event",
    "win.edit-event", "win.delete-event", "win.delete-selected-event", "win.add-demand", "win.edit-demand",
    "win.delete-demand",
  };
  gboolean has_document = self->document != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edit_actions[i], has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-toast",
                                 gtk_revealer_get_reveal_child (self->toast_revealer));
}

/* Toast */

static void
hide_toast (BriefingWindow *self)
{
  g_clear_handle_id (&self->toast_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
  briefing_window_actions_update (self);
}

static gboolean
toast_timeout_cb (gpointer user_data)
{
  BriefingWindow *self = user_data;

  self->toast_source = 0;
  hide_toast (self);
  return G_SOURCE_REMOVE;
}

void
briefing_window_show_toast (BriefingWindow *self,
                            const char     *text)
{
  gtk_label_set_text (self->toast_label, text);
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  self->toast_source = g_timeout_add_seconds (TOAST_SECONDS, toast_timeout_cb, self);
  briefing_window_actions_update (self);
}

/* Sources */

BriefingCitation *
briefing_window_dup_selected_citation (BriefingWindow  *self,
                                       GError         **error)
{
  BriefingArticle *article;
  gsize start, end;

  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  article = briefing_session_get_selected_article (self->session);
  if (article == NULL || self->reader == NULL || !briefing_reader_get_selection (self->reader, &start, &end) ||
      start >= end)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Select the words in an article that say it, then use them as the source."));
      return NULL;
    }

  return briefing_citation_new_for_range (article, start, end);
}

/* Saving */

static void run_pending (BriefingWindow *self);

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BriefingWindow) self = user_data;
  BriefingDocument *document = BRIEFING_DOCUMENT (source);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  self->saving = FALSE;
  /* A failure is shown by the banner, from the document's error-message. */
  if (!briefing_document_save_finish (document, result, NULL))
    {
      self->pending = BRIEFING_PENDING_NONE;
      return;
    }

  if (document == self->document)
    briefing_window_set_error (self, NULL, NULL, NULL);
  if (BRIEFING_IS_APPLICATION (app))
    briefing_application_add_recent (BRIEFING_APPLICATION (app), briefing_document_get_file (document));
  run_pending (self);
}

void
briefing_window_save_to_file (BriefingWindow *self,
                              GFile          *file)
{
  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL || self->saving)
    return;

  self->saving = TRUE;
  briefing_document_save_async (self->document, file, NULL, save_done_cb, g_object_ref (self));
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  BriefingWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* The format's own ending, so that Briefing and the file manager know the file again. */
      if (!g_str_has_suffix (name, ".bundle.json"))
        {
          g_autofree char *full = g_strconcat (name, g_str_has_suffix (name, ".json") ? "" : ".bundle.json", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (chosen);

          file = g_file_get_child (parent, full);
        }
      else
        file = g_object_ref (chosen);

      briefing_window_save_to_file (self, file);
    }
  else
    self->pending = BRIEFING_PENDING_NONE;

  g_object_unref (dialog);
}

static void
save_as (BriefingWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) bundles = gtk_file_filter_new ();
  GFile *file = briefing_document_get_file (self->document);
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Save Bundle"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (bundles, _("Briefing bundles"));
  gtk_file_filter_add_suffix (bundles, "bundle.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), bundles);
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, NULL);
  else
    {
      name = g_strconcat (briefing_bundle_get_id (briefing_document_get_bundle (self->document)), ".bundle.json", NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save (BriefingWindow *self)
{
  GFile *file = briefing_document_get_file (self->document);

  if (file != NULL)
    briefing_window_save_to_file (self, file);
  else
    save_as (self);
}

/* Unsaved changes */

static void show_new_bundle_dialog (BriefingWindow *self);

static void
run_pending (BriefingWindow *self)
{
  BriefingPending pending = self->pending;
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);

  self->pending = BRIEFING_PENDING_NONE;
  switch (pending)
    {
    case BRIEFING_PENDING_CLOSE:
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;

    case BRIEFING_PENDING_OPEN:
      briefing_window_open_now (self, file);
      break;

    case BRIEFING_PENDING_NEW:
      show_new_bundle_dialog (self);
      break;

    case BRIEFING_PENDING_NONE:
    default:
      break;
    }
}

static void
unsaved_response_cb (GtkDialog *dialog,
                     int        response,
                     gpointer   user_data)
{
  BriefingWindow *self = user_data;

  self->unsaved_dialog = NULL;
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      save (self);
      break;

    case GTK_RESPONSE_REJECT:
      /* What the user discards is no longer a change to ask about. */
      run_pending (self);
      break;

    default:
      self->pending = BRIEFING_PENDING_NONE;
      g_clear_object (&self->pending_file);
      break;
    }
}

gboolean
briefing_window_ask_to_save (BriefingWindow  *self,
                             BriefingPending  pending,
                             GFile           *file)
{
  GtkWidget *dialog;
  GtkWidget *discard;

  if (self->document == NULL || !briefing_document_get_modified (self->document))
    return FALSE;

  self->pending = pending;
  g_set_object (&self->pending_file, file);
  if (self->unsaved_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->unsaved_dialog));
      return TRUE;
    }

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is the bundle's title */
                                   _("Save the changes to “%s”?"), briefing_document_get_title (self->document));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you don’t save, your changes to the bundle are lost. "
                                              "Your notes are kept either way."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Save"), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), self);

  self->unsaved_dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* New bundle */

static void
new_bundle_response_cb (GtkDialog *dialog,
                        int        response,
                        gpointer   user_data)
{
  BriefingWindow *self = user_data;
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "briefing-entry");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (response == GTK_RESPONSE_ACCEPT && title[0] != '\0')
    briefing_window_new_bundle (self, title);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
on_new_title_changed (GtkEditable *entry,
                      GtkDialog   *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_dialog_set_response_sensitive (dialog, GTK_RESPONSE_ACCEPT, title[0] != '\0');
}

static void
show_new_bundle_dialog (BriefingWindow *self)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *area;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_OTHER, GTK_BUTTONS_NONE, "%s", _("New Bundle"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Name the negotiation it follows, for example “Istanbul talks "
                                              "2025”. Then add its parties, events and demands."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("C_reate"), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT, FALSE);

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  gtk_box_append (GTK_BOX (area), entry);
  g_object_set_data (G_OBJECT (dialog), "briefing-entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_new_title_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (new_bundle_response_cb), self);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Actions */

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  if (!briefing_window_ask_to_save (self, BRIEFING_PENDING_NEW, NULL))
    show_new_bundle_dialog (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);

  if (g_str_equal (action_name, "win.save-as"))
    save_as (self);
  else
    save (self);
}

static GObject *
lookup (BriefingWindow *self,
        GVariant       *parameter)
{
  const char *id = parameter != NULL ? g_variant_get_string (parameter, NULL) : "";

  return id[0] != '\0' ? briefing_bundle_lookup (briefing_document_get_bundle (self->document), id) : NULL;
}

static void
present (BriefingWindow *self,
         GtkWidget      *editor)
{
  gtk_window_present (GTK_WINDOW (editor));
}

static void
party_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  GObject *party = lookup (self, parameter);

  if (g_str_equal (action_name, "win.add-party"))
    present (self, briefing_party_editor_new (GTK_WINDOW (self), self->document, NULL));
  else if (BRIEFING_IS_PARTY (party))
    present (self, briefing_party_editor_new (GTK_WINDOW (self), self->document, BRIEFING_PARTY (party)));
}

static void
event_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  GObject *event = lookup (self, parameter);

  if (g_str_equal (action_name, "win.add-event"))
    present (self, briefing_event_editor_new (GTK_WINDOW (self), self->document, NULL));
  else if (BRIEFING_IS_EVENT (event))
    present (self, briefing_event_editor_new (GTK_WINDOW (self), self->document, BRIEFING_EVENT (event)));
}

static void
demand_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  GObject *item = lookup (self, parameter);
  BriefingEvent *selected = briefing_session_get_selected_event (self->session);
  const char *event_id = selected != NULL ? briefing_event_get_id (selected) : NULL;

  if (g_str_equal (action_name, "win.add-demand"))
    present (self, briefing_demand_editor_new (GTK_WINDOW (self), self->document, NULL,
                                               BRIEFING_IS_PARTY (item) ? briefing_party_get_id (BRIEFING_PARTY (item)) : NULL,
                                               event_id));
  else if (BRIEFING_IS_DEMAND (item))
    present (self, briefing_demand_editor_new (GTK_WINDOW (self), self->document, BRIEFING_DEMAND (item), NULL, NULL));
}

/* Deleting is undone, not confirmed: the toast offers Undo. */
static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BriefingWindow *self = BRIEFING_WINDOW (widget);
  GObject *item = g_str_equal (action_name, "win.delete-selected-event")
                    ? G_OBJECT (briefing_session_get_selected_event (self->session))
                    : lookup (self, parameter);
  g_autoptr(GError) error = NULL;
  const char *done = NULL;
  gboolean deleted = FALSE;

  if (BRIEFING_IS_EVENT (item) && briefing_session_get_question_for_event (self->session, BRIEFING_EVENT (item)) != NULL)
    return;

  if (BRIEFING_IS_PARTY (item))
    {
      deleted = briefing_document_remove_party (self->document, BRIEFING_PARTY (item), &error);
      done = _("Party deleted");
    }
  else if (BRIEFING_IS_EVENT (item))
    {
      deleted = briefing_document_remove_event (self->document, BRIEFING_EVENT (item), &error);
      done = _("Event deleted");
    }
  else if (BRIEFING_IS_DEMAND (item))
    {
      deleted = briefing_document_remove_demand (self->document, BRIEFING_DEMAND (item), &error);
      done = _("Demand deleted");
    }
  else
    return;

  if (deleted)
    briefing_window_show_toast (self, done);
  else
    briefing_window_set_error (self, error->message, NULL, NULL);
}

static void
dismiss_toast_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  hide_toast (BRIEFING_WINDOW (widget));
}

void
briefing_window_class_add_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.add-party", NULL, party_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-party", "s", party_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-party", "s", delete_activated);
  gtk_widget_class_install_action (widget_class, "win.add-event", NULL, event_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-event", "s", event_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-event", "s", delete_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-selected-event", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "win.add-demand", "s", demand_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-demand", "s", demand_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-demand", "s", delete_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-toast", NULL, dismiss_toast_activated);
}

/* Another change or an undo makes the toast's offer stale. */
void
briefing_window_edit_undo_changed (BriefingWindow *self)
{
  if (gtk_revealer_get_reveal_child (self->toast_revealer) && !briefing_undo_context_get_can_undo (self->undo))
    hide_toast (self);
}

void
briefing_window_edit_init (BriefingWindow *self)
{
  g_signal_connect_object (self->undo, "notify::undo-label", G_CALLBACK (briefing_window_edit_undo_changed), self,
                           G_CONNECT_SWAPPED);
}

void
briefing_window_edit_views_built (BriefingWindow *self)
{
  GtkEventController *delete_shortcuts = gtk_shortcut_controller_new ();

  /* Delete on the timeline deletes the selected event; Undo brings it back. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (delete_shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete-selected-event")));
  gtk_widget_add_controller (GTK_WIDGET (self->timeline), delete_shortcuts);
}

void
briefing_window_edit_dispose (BriefingWindow *self)
{
  g_clear_handle_id (&self->toast_source, g_source_remove);
  briefing_window_set_document (self, NULL);
  g_clear_object (&self->pending_file);
}

BriefingDocument *
briefing_window_get_document (BriefingWindow *self)
{
  g_return_val_if_fail (BRIEFING_IS_WINDOW (self), NULL);

  return self->document;
}

void
briefing_window_new_bundle (BriefingWindow *self,
                            const char     *title)
{
  g_autoptr(BriefingDocument) document = NULL;

  g_return_if_fail (BRIEFING_IS_WINDOW (self));
  g_return_if_fail (title != NULL && title[0] != '\0');

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  document = briefing_document_new_empty (title, NULL, self->undo);
  briefing_window_set_error (self, NULL, NULL, NULL);
  briefing_window_show_document (self, document);
}
