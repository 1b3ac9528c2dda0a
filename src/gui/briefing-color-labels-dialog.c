/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-color-labels-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-colors.h"
#include "briefing-annotation-swatch.h"
#include "briefing-color-labels-dialog.h"

struct _BriefingColorLabelsDialog
{
  GtkWindow                parent_instance;

  /* Template widgets */
  GtkGrid                 *rows_grid;

  /* Not owned: children of rows_grid, in briefing_annotation_colors' order. */
  GtkEntry                *entries[BRIEFING_N_COLORS];

  /* Owned */
  BriefingAnnotationStore *store;
};

G_DEFINE_FINAL_TYPE (BriefingColorLabelsDialog, briefing_color_labels_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
create_rows (BriefingColorLabelsDialog *self)
{
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    {
      const char *color = briefing_annotation_colors[i];
      const char *name = briefing_annotation_color_name (color);
      GtkWidget *swatch = briefing_annotation_swatch_new (color);
      GtkWidget *label = gtk_label_new_with_mnemonic (NULL);
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *mnemonic = g_strdup_printf ("_%s", name);
      g_autofree char *accessible = NULL;

      gtk_label_set_text_with_mnemonic (GTK_LABEL (label), mnemonic);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "color-name");

      gtk_editable_set_text (GTK_EDITABLE (entry), briefing_annotation_store_get_label (self->store, color));
      gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
      gtk_widget_set_hexpand (entry, TRUE);
      /* Translators: the accessible name of the entry for a colour's meaning; %s is "Yellow"… */
      accessible = g_strdup_printf (_("Meaning of %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

      gtk_grid_attach (self->rows_grid, swatch, 0, i, 1, 1);
      gtk_grid_attach (self->rows_grid, label, 1, i, 1, 1);
      gtk_grid_attach (self->rows_grid, entry, 2, i, 1, 1);
      self->entries[i] = GTK_ENTRY (entry);
    }
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingColorLabelsDialog *self = BRIEFING_COLOR_LABELS_DIALOG (widget);

  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    {
      const char *color = briefing_annotation_colors[i];
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[i]));
      g_autofree char *meaning = g_strstrip (g_strdup (text));

      if (g_strcmp0 (meaning, briefing_annotation_store_get_label (self->store, color)) != 0)
        briefing_annotation_store_set_label (self->store, color, *meaning != '\0' ? meaning : NULL);
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
briefing_color_labels_dialog_constructed (GObject *object)
{
  BriefingColorLabelsDialog *self = BRIEFING_COLOR_LABELS_DIALOG (object);

  G_OBJECT_CLASS (briefing_color_labels_dialog_parent_class)->constructed (object);

  create_rows (self);
}

static void
briefing_color_labels_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BRIEFING_TYPE_COLOR_LABELS_DIALOG);

  G_OBJECT_CLASS (briefing_color_labels_dialog_parent_class)->dispose (object);
}

static void
briefing_color_labels_dialog_finalize (GObject *object)
{
  BriefingColorLabelsDialog *self = BRIEFING_COLOR_LABELS_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (briefing_color_labels_dialog_parent_class)->finalize (object);
}

static void
briefing_color_labels_dialog_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  BriefingColorLabelsDialog *self = BRIEFING_COLOR_LABELS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_color_labels_dialog_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  BriefingColorLabelsDialog *self = BRIEFING_COLOR_LABELS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_color_labels_dialog_class_init (BriefingColorLabelsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_color_labels_dialog_constructed;
  object_class->dispose = briefing_color_labels_dialog_dispose;
  object_class->finalize = briefing_color_labels_dialog_finalize;
  object_class->get_property = briefing_color_labels_dialog_get_property;
  object_class->set_property = briefing_color_labels_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BRIEFING_TYPE_ANNOTATION_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BriefingColorLabelsDialog::saved:
   *
   * The meanings were written to the store.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-color-labels-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingColorLabelsDialog, rows_grid);

  gtk_widget_class_install_action (widget_class, "labels.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_color_labels_dialog_init (BriefingColorLabelsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BriefingColorLabelsDialog *
briefing_color_labels_dialog_new (GtkWindow               *parent,
                                  BriefingAnnotationStore *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (store), NULL);

  return g_object_new (BRIEFING_TYPE_COLOR_LABELS_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

BriefingAnnotationStore *
briefing_color_labels_dialog_get_store (BriefingColorLabelsDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_COLOR_LABELS_DIALOG (self), NULL);

  return self->store;
}
