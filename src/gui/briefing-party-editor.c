/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-party-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-bundle-edit.h"
#include "briefing-edit-widgets.h"
#include "briefing-labels.h"
#include "briefing-party-editor.h"

/* Colours offered to a new party in turn, from the GNOME palette. */
static const char * const new_colors[] = { "#1c71d8", "#c01c28", "#2ec27e", "#e5a50a", "#813d9c", "#865e3c" };

struct _BriefingPartyEditor
{
  GtkWindow         parent_instance;

  /* Template widgets */
  GtkEntry         *name_entry;
  GtkEntry         *short_name_entry;
  GtkDropDown      *role_drop_down;
  GtkColorButton   *color_button;
  GtkLabel         *error_label;

  /* Owned */
  BriefingDocument *document;
  char             *party_id;  /* NULL for a new party */
};

G_DEFINE_FINAL_TYPE (BriefingPartyEditor, briefing_party_editor, GTK_TYPE_WINDOW)

static void
show_error (BriefingPartyEditor *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static char *
dup_color (BriefingPartyEditor *self)
{
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  return g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5), (int) (rgba.green * 255 + 0.5),
                          (int) (rgba.blue * 255 + 0.5));
}

gboolean
briefing_party_editor_save (BriefingPartyEditor *self)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self->document);
  BriefingParty *original = self->party_id != NULL ? briefing_bundle_lookup_party (bundle, self->party_id) : NULL;
  g_autoptr(BriefingParty) party = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *color = dup_color (self);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
  const char *short_name = gtk_editable_get_text (GTK_EDITABLE (self->short_name_entry));
  gboolean saved;

  g_return_val_if_fail (BRIEFING_IS_PARTY_EDITOR (self), FALSE);

  if (self->party_id != NULL && original == NULL)
    {
      show_error (self, _("This party was removed from the bundle meanwhile."));
      return FALSE;
    }

  if (original != NULL)
    party = briefing_party_copy (original, NULL);
  else
    {
      g_autofree char *id = briefing_document_dup_free_id (self->document, NULL,
                                                           short_name[0] != '\0' ? short_name : name);

      party = briefing_party_new (id, name, BRIEFING_PARTY_ROLE_PARTY);
    }

  briefing_party_set_name (party, name);
  briefing_party_set_short_name (party, short_name[0] != '\0' ? short_name : NULL);
  briefing_party_set_role (party, gtk_drop_down_get_selected (self->role_drop_down));
  briefing_party_set_color (party, color);

  if (original != NULL)
    saved = briefing_document_change_party (self->document, original, party, &error);
  else
    saved = briefing_document_add_party (self->document, party, &error);

  if (!saved)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (BriefingPartyEditor *self)
{
  briefing_party_editor_save (self);
}

static void
briefing_party_editor_dispose (GObject *object)
{
  BriefingPartyEditor *self = BRIEFING_PARTY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_PARTY_EDITOR);
  g_clear_object (&self->document);
  g_clear_pointer (&self->party_id, g_free);

  G_OBJECT_CLASS (briefing_party_editor_parent_class)->dispose (object);
}

static void
briefing_party_editor_class_init (BriefingPartyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_party_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-party-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyEditor, short_name_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyEditor, role_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyEditor, color_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_party_editor_init (BriefingPartyEditor *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = BRIEFING_PARTY_ROLE_PARTY; i <= BRIEFING_PARTY_ROLE_OBSERVER; i++)
    gtk_string_list_append (roles, briefing_party_role_label (i));
  gtk_drop_down_set_model (self->role_drop_down, G_LIST_MODEL (roles));
}

GtkWidget *
briefing_party_editor_new (GtkWindow        *parent,
                           BriefingDocument *document,
                           BriefingParty    *party)
{
  BriefingPartyEditor *self;
  const char *color;
  GdkRGBA rgba;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (party == NULL || BRIEFING_IS_PARTY (party), NULL);

  self = g_object_new (BRIEFING_TYPE_PARTY_EDITOR,
                       "transient-for", parent,
                       "title", party != NULL ? _("Edit Party") : _("New Party"),
                       NULL);
  self->document = g_object_ref (document);

  if (party != NULL)
    {
      self->party_id = g_strdup (briefing_party_get_id (party));
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), briefing_party_get_name (party));
      if (briefing_party_get_short_name (party) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->short_name_entry), briefing_party_get_short_name (party));
      gtk_drop_down_set_selected (self->role_drop_down, briefing_party_get_role (party));
      color = briefing_party_get_color (party);
    }
  else
    {
      guint n = g_list_model_get_n_items (briefing_bundle_get_parties (briefing_document_get_bundle (document)));

      color = new_colors[n % G_N_ELEMENTS (new_colors)];
    }

  if (color != NULL && gdk_rgba_parse (&rgba, color))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);

  return GTK_WIDGET (self);
}
