/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-colors"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-colors.h"

typedef struct
{
  const char *color;
  const char *name;
  GdkRGBA     light;
  GdkRGBA     dark;
} ColorInfo;

/* GNOME palette hues. On light themes a light tint under dark text; on dark themes a deeper
 * shade under light text. Blended on the theme's base colour, each keeps at least 7:1 contrast
 * with the theme's text (checked: black and #2e3436 on white, white on #242424 and #1e1e1e). */
static const ColorInfo colors[] = {
  { "yellow", N_("Yellow"), { 0.965f, 0.827f, 0.176f, 0.50f }, { 0.898f, 0.647f, 0.039f, 0.38f } },
  { "red", N_("Red"), { 0.965f, 0.380f, 0.318f, 0.32f }, { 0.878f, 0.106f, 0.141f, 0.42f } },
  { "green", N_("Green"), { 0.341f, 0.890f, 0.537f, 0.40f }, { 0.149f, 0.635f, 0.412f, 0.45f } },
  { "blue", N_("Blue"), { 0.384f, 0.627f, 0.918f, 0.35f }, { 0.208f, 0.518f, 0.894f, 0.45f } },
  { "purple", N_("Purple"), { 0.753f, 0.380f, 0.796f, 0.30f }, { 0.569f, 0.255f, 0.675f, 0.55f } },
  { "orange", N_("Orange"), { 1.000f, 0.639f, 0.282f, 0.42f }, { 0.902f, 0.380f, 0.000f, 0.45f } },
};

static const ColorInfo *
lookup (const char *color)
{
  if (color == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    if (g_str_equal (colors[i].color, color))
      return &colors[i];

  return NULL;
}

gboolean
briefing_annotation_color_rgba (const char *color,
                                gboolean    dark,
                                GdkRGBA    *rgba)
{
  const ColorInfo *info = lookup (color);

  g_return_val_if_fail (rgba != NULL, FALSE);

  if (info == NULL)
    return FALSE;

  *rgba = dark ? info->dark : info->light;
  return TRUE;
}

const char *
briefing_annotation_color_name (const char *color)
{
  const ColorInfo *info = lookup (color);

  return info != NULL ? g_dgettext (GETTEXT_PACKAGE, info->name) : NULL;
}

gboolean
briefing_annotation_color_is_dark_theme (GtkWidget *widget)
{
  GdkRGBA fg;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  /* Relative luminance, roughly: light text means a dark background. */
  return 0.2126f * fg.red + 0.7152f * fg.green + 0.0722f * fg.blue > 0.5f;
}
