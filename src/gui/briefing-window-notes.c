/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's watch over saving the user's notes. The annotation store saves by itself, shortly
 * after each change; when that fails (a read-only folder, a full disk) the banner says so at once,
 * names the file and the cause, and offers Retry; it goes when a save succeeds. Closing the window
 * while notes cannot be saved asks first, so that they are never lost without the user knowing. */
#define G_LOG_DOMAIN "briefing-window-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-window-private.h"

static void
show_notes_error (BriefingWindow *self,
                  const char     *message)
{
  /* Translators: %s says which file could not be written and why, e.g. "Annotations could not be
   * saved to “…”: the disk is full" */
  g_autofree char *text = g_strdup_printf (_("%s. Your notes are kept while Briefing runs and saved at your next "
                                             "change, or now with Retry."), message);

  briefing_window_set_error (self, text, NULL, NULL);
  briefing_window_set_error_action (self, _("_Retry"), "win.retry-notes");
  self->notes_error_shown = TRUE;
}

static void
on_store_error_changed (BriefingWindow          *self,
                        GParamSpec              *pspec,
                        BriefingAnnotationStore *store)
{
  const char *message = briefing_annotation_store_get_error_message (store);

  /* Unsaved changes and an error: a save failed. Without changes, the file could not be read. */
  if (message != NULL && briefing_annotation_store_get_dirty (store))
    show_notes_error (self, message);
  else if (message != NULL)
    briefing_window_set_error (self, message, NULL, NULL);
  else if (self->notes_error_shown)
    briefing_window_set_error (self, NULL, NULL, NULL);
}

gboolean
briefing_window_flush_notes (BriefingWindow *self)
{
  BriefingAnnotationStore *store = g_signal_group_dup_target (self->notes_signals);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (store == NULL)
    return TRUE;

  ok = briefing_annotation_store_flush (store, &error);
  if (!ok)
    show_notes_error (self, briefing_annotation_store_get_error_message (store));
  else if (self->notes_error_shown)
    briefing_window_set_error (self, NULL, NULL, NULL);

  g_object_unref (store);
  return ok;
}

void
briefing_window_watch_notes (BriefingWindow          *self,
                             BriefingAnnotationStore *store)
{
  g_signal_group_set_target (self->notes_signals, store);
}

/* Closing with notes that cannot be saved */

static void
close_response_cb (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  BriefingWindow *self = user_data;

  /* The window may go below: the dialog, still alive until its signal returns, must not point to it. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_REJECT)
    {
      self->notes_loss_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (response == GTK_RESPONSE_ACCEPT && briefing_window_flush_notes (self))
    gtk_window_close (GTK_WINDOW (self));
}

gboolean
briefing_window_notes_close_request (BriefingWindow *self)
{
  BriefingAnnotationStore *store;
  GtkWidget *dialog;
  GtkWidget *close;

  if (self->notes_loss_confirmed || briefing_window_flush_notes (self))
    return FALSE;

  store = g_signal_group_dup_target (self->notes_signals);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, "%s",
                                   _("Your notes could not be saved"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            /* Translators: %s says which file could not be written and why */
                                            _("%s.\n\nIf you close the window now, the notes made since they were "
                                              "last saved are lost. Remove the cause and choose Retry, or keep the "
                                              "window open."),
                                            briefing_annotation_store_get_error_message (store));
  g_object_unref (store);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  close = gtk_dialog_add_button (GTK_DIALOG (dialog), _("Close _Anyway"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (close, "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Retry"), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/* Actions */

static void
retry_notes_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  briefing_window_flush_notes (BRIEFING_WINDOW (widget));
}

void
briefing_window_class_add_notes_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.retry-notes", NULL, retry_notes_activated);
}

void
briefing_window_notes_init (BriefingWindow *self)
{
  self->notes_signals = g_signal_group_new (BRIEFING_TYPE_ANNOTATION_STORE);
  g_signal_group_connect_swapped (self->notes_signals, "notify::error-message", G_CALLBACK (on_store_error_changed),
                                  self);
}

void
briefing_window_notes_dispose (BriefingWindow *self)
{
  g_clear_object (&self->notes_signals);
}
