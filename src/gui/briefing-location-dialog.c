/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-location-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-location-dialog.h"

struct _BriefingLocationDialog
{
  GtkWindow  parent_instance;

  /* Template widgets */
  GtkEntry  *entry;
  GtkLabel  *hint_label;
};

G_DEFINE_FINAL_TYPE (BriefingLocationDialog, briefing_location_dialog, GTK_TYPE_WINDOW)

enum {
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
briefing_location_dialog_check_address (const char  *text,
                                        char       **why)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *full = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  *why = NULL;
  if (*trimmed == '\0')
    return NULL;

  /* "example.org/talks.bundle.json" means the secure web. */
  full = strstr (trimmed, "://") == NULL ? g_strconcat ("https://", trimmed, NULL) : g_strdup (trimmed);
  uri = g_uri_parse (full, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL)
    {
      *why = g_strdup (_("This is not a web address: it may hold a space or a stray character."));
      return NULL;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      /* Translators: %s is a scheme such as "ftp" */
      *why = g_strdup_printf (_("Briefing opens only http:// and https:// addresses, not %s://."), scheme);
      return NULL;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      *why = g_strdup (_("The address needs the name of a server, as in https://example.org/talks.bundle.json."));
      return NULL;
    }

  return g_uri_to_string (uri);
}

static void
update (BriefingLocationDialog *self)
{
  g_autofree char *why = NULL;
  g_autofree char *uri = briefing_location_dialog_check_address (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &why);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "location.open", uri != NULL);
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
                          _("Briefing fetches the bundle over the web and checks it as it checks a file. The "
                            "bundle open now stays open if this one cannot be read."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
on_entry_changed (BriefingLocationDialog *self,
                  GtkEditable            *entry)
{
  update (self);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingLocationDialog *self = BRIEFING_LOCATION_DIALOG (widget);
  g_autofree char *uri = briefing_location_dialog_dup_uri (self);

  if (uri == NULL)
    return;

  g_signal_emit (self, signals[OPEN], 0, uri);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Enter in the entry opens, when the address is one. */
static void
on_entry_activate (BriefingLocationDialog *self,
                   GtkEntry               *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "location.open", NULL);
}

static void
briefing_location_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BRIEFING_TYPE_LOCATION_DIALOG);

  G_OBJECT_CLASS (briefing_location_dialog_parent_class)->dispose (object);
}

static void
briefing_location_dialog_class_init (BriefingLocationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_location_dialog_dispose;

  /* The address chosen, complete with its scheme. */
  signals[OPEN] =
    g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-location-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingLocationDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingLocationDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);

  gtk_widget_class_install_action (widget_class, "location.open", NULL, open_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_location_dialog_init (BriefingLocationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

BriefingLocationDialog *
briefing_location_dialog_new (GtkWindow *parent)
{
  return g_object_new (BRIEFING_TYPE_LOCATION_DIALOG, "transient-for", parent, NULL);
}

char *
briefing_location_dialog_dup_uri (BriefingLocationDialog *self)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (BRIEFING_IS_LOCATION_DIALOG (self), NULL);

  return briefing_location_dialog_check_address (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &why);
}
