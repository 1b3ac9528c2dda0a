/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-import-dialog.h"
#include "briefing-location-dialog.h"

struct _BriefingImportDialog
{
  GtkWindow  parent_instance;

  /* Template widgets */
  GtkEntry  *entry;
  GtkLabel  *hint_label;
};

G_DEFINE_FINAL_TYPE (BriefingImportDialog, briefing_import_dialog, GTK_TYPE_WINDOW)

enum {
  IMPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update (BriefingImportDialog *self)
{
  g_autofree char *why = NULL;
  g_autofree char *uri = briefing_location_dialog_check_address (gtk_editable_get_text (GTK_EDITABLE (self->entry)),
                                                                 &why);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import-address", uri != NULL);
  if (why != NULL)
    {
      gtk_label_set_text (self->hint_label, why);
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "dim-label");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_label_set_text (self->hint_label,
                          _("Briefing reads the page, keeps the article’s text and proposes the parties, events "
                            "and demands it speaks of. Nothing joins the bundle before you have reviewed it."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
on_entry_changed (BriefingImportDialog *self,
                  GtkEditable          *entry)
{
  update (self);
}

static void
on_entry_activate (BriefingImportDialog *self,
                   GtkEntry             *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "import.import-address", NULL);
}

static void
import (BriefingImportDialog *self,
        GFile                *file)
{
  g_object_ref (self);
  g_signal_emit (self, signals[IMPORT], 0, file);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
import_address_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BriefingImportDialog *self = BRIEFING_IMPORT_DIALOG (widget);
  g_autofree char *uri = briefing_import_dialog_dup_uri (self);
  g_autoptr(GFile) file = NULL;

  if (uri == NULL)
    return;
  file = g_file_new_for_uri (uri);
  import (self, file);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(BriefingImportDialog) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      import (self, file);
    }
  g_object_unref (chooser);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pages = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Article"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (pages, _("News pages and texts"));
  gtk_file_filter_add_mime_type (pages, "text/html");
  gtk_file_filter_add_mime_type (pages, "application/xhtml+xml");
  gtk_file_filter_add_mime_type (pages, "text/plain");
  gtk_file_filter_add_mime_type (pages, "text/markdown");
  gtk_file_filter_add_suffix (pages, "html");
  gtk_file_filter_add_suffix (pages, "htm");
  gtk_file_filter_add_suffix (pages, "txt");
  gtk_file_filter_add_suffix (pages, "md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pages);

  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), g_object_ref (widget));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
briefing_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BRIEFING_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (briefing_import_dialog_parent_class)->dispose (object);
}

static void
briefing_import_dialog_class_init (BriefingImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_import_dialog_dispose;

  /* The page chosen: a local file, or a web address as a GFile of its URI. */
  signals[IMPORT] =
    g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingImportDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_activated);
  gtk_widget_class_install_action (widget_class, "import.import-address", NULL, import_address_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_import_dialog_init (BriefingImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

BriefingImportDialog *
briefing_import_dialog_new (GtkWindow *parent)
{
  return g_object_new (BRIEFING_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
}

char *
briefing_import_dialog_dup_uri (BriefingImportDialog *self)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (BRIEFING_IS_IMPORT_DIALOG (self), NULL);

  return briefing_location_dialog_check_address (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &why);
}
