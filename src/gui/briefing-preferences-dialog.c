/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-preferences-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-languages.h"
#include "briefing-preferences-dialog.h"

struct _BriefingPreferencesDialog
{
  GtkWindow      parent_instance;

  /* Template widgets */
  GtkDropDown   *language_drop_down;
  GtkSpinButton *size_spin_button;

  /* Owned */
  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (BriefingPreferencesDialog, briefing_preferences_dialog, GTK_TYPE_WINDOW)

/* Row 0 of the drop-down follows the desktop (""); then Briefing's languages, each named in itself
 * so anyone can find theirs whatever the interface shows now. */
static gboolean
language_to_index (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *code = g_variant_get_string (variant, NULL);
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  for (guint i = 0; i < n_languages; i++)
    if (g_str_equal (languages[i].code, code))
      {
        g_value_set_uint (value, i + 1);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
index_to_language (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint index = g_value_get_uint (value);
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  return g_variant_new_string (index >= 1 && index <= n_languages ? languages[index - 1].code : "");
}

/* Megabytes shown, bytes stored. */
static gboolean
bytes_to_megabytes (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_double (value, (double) g_variant_get_uint64 (variant) / (1024 * 1024));
  return TRUE;
}

static GVariant *
megabytes_to_bytes (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  return g_variant_new_uint64 ((guint64) g_value_get_double (value) * 1024 * 1024);
}

static void
briefing_preferences_dialog_dispose (GObject *object)
{
  BriefingPreferencesDialog *self = BRIEFING_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (briefing_preferences_dialog_parent_class)->dispose (object);
}

static void
briefing_preferences_dialog_class_init (BriefingPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingPreferencesDialog, language_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingPreferencesDialog, size_spin_button);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_preferences_dialog_init (BriefingPreferencesDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (names, _("Same as the desktop"));
  for (guint i = 0; i < n_languages; i++)
    gtk_string_list_append (names, languages[i].name);
  gtk_drop_down_set_model (self->language_drop_down, G_LIST_MODEL (names));
}

BriefingPreferencesDialog *
briefing_preferences_dialog_new (GtkWindow *parent,
                                 GSettings *settings)
{
  BriefingPreferencesDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (BRIEFING_TYPE_PREFERENCES_DIALOG, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "language", self->language_drop_down, "selected", G_SETTINGS_BIND_DEFAULT,
                                language_to_index, index_to_language, NULL, NULL);
  g_settings_bind_with_mapping (settings, "max-bundle-size", self->size_spin_button, "value",
                                G_SETTINGS_BIND_DEFAULT, bytes_to_megabytes, megabytes_to_bytes, NULL, NULL);

  return self;
}
