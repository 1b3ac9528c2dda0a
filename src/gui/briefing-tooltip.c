/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-tooltip"
#include "config.h"

#include "briefing-tooltip.h"

#define TOOLTIP_KEY "briefing-tooltip"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = briefing_widget_get_tooltip (widget);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
briefing_widget_set_tooltip (GtkWidget  *widget,
                             const char *text)
{
  gboolean has = text != NULL && text[0] != '\0';

  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The handler is connected with the first text and stays; it declines while the text is empty. */
  if (g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY) == NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (has ? text : ""), g_free);
  gtk_widget_set_has_tooltip (widget, has);
  if (has)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
briefing_widget_get_tooltip (GtkWidget *widget)
{
  const char *text;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);
  return text != NULL && text[0] != '\0' ? text : NULL;
}
