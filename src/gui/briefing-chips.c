/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-chips"

#include "config.h"

#include "briefing-chips.h"
#include "briefing-enum-types.h"

void
briefing_chip_set_value_class (GtkWidget *widget,
                               GType      enum_type,
                               int        value)
{
  GEnumClass *klass;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_TYPE_IS_ENUM (enum_type));

  klass = g_type_class_ref (enum_type);
  for (guint i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *ev = &klass->values[i];

      if (ev->value == value)
        gtk_widget_add_css_class (widget, ev->value_nick);
      else
        gtk_widget_remove_css_class (widget, ev->value_nick);
    }
  g_type_class_unref (klass);
}

GtkWidget *
briefing_icon_label_new (const char *icon_name,
                         const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  if (icon_name != NULL)
    {
      /* The word says it all; the icon is decoration for assistive technologies. */
      GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", icon_name,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      gtk_box_append (GTK_BOX (box), image);
    }
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));

  return box;
}

GtkWidget *
briefing_chip_new (const char *icon_name,
                   const char *text,
                   const char *kind,
                   GType       enum_type,
                   int         value)
{
  GtkWidget *chip = briefing_icon_label_new (icon_name, text);

  gtk_widget_add_css_class (chip, "chip");
  if (kind != NULL)
    gtk_widget_add_css_class (chip, kind);
  if (enum_type != G_TYPE_NONE)
    briefing_chip_set_value_class (chip, enum_type, value);
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);

  return chip;
}

const char *
briefing_change_icon_name (BriefingChange change)
{
  switch (change)
    {
    case BRIEFING_CHANGE_NEW: return "list-add-symbolic";
    case BRIEFING_CHANGE_REITERATED: return "view-refresh-symbolic";
    case BRIEFING_CHANGE_ANSWERED: return "mail-reply-sender-symbolic";
    case BRIEFING_CHANGE_DROPPED: return "list-remove-symbolic";
    case BRIEFING_CHANGE_NONE:
    default: return NULL;
    }
}

const char *
briefing_stance_icon_name (BriefingStance stance)
{
  switch (stance)
    {
    case BRIEFING_STANCE_ACCEPTS: return "object-select-symbolic";
    case BRIEFING_STANCE_REJECTS: return "window-close-symbolic";
    case BRIEFING_STANCE_CONDITIONAL: return "checkbox-mixed-symbolic";
    case BRIEFING_STANCE_UNKNOWN:
    default: return "dialog-question-symbolic";
    }
}

const char *
briefing_standing_icon_name (BriefingStanding standing)
{
  switch (standing)
    {
    case BRIEFING_STANDING_DEMANDS: return "chat-message-new-symbolic";
    /* Answers summed up look like the answers themselves. */
    case BRIEFING_STANDING_ACCEPTS: return "object-select-symbolic";
    case BRIEFING_STANDING_CONDITIONAL: return "checkbox-mixed-symbolic";
    case BRIEFING_STANDING_REJECTS: return "window-close-symbolic";
    case BRIEFING_STANDING_MIXED: return "media-playback-pause-symbolic";
    case BRIEFING_STANDING_UNKNOWN: return "dialog-question-symbolic";
    case BRIEFING_STANDING_NONE:
    default: return NULL;
    }
}
