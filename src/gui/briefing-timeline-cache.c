/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What BriefingTimeline keeps between frames: colours and text widths from the style, shaped
 * labels, and its markers and hatching drawn once into images, so that a frame only composes them
 * (GTK 4.8 has no path nodes, and shapes in cairo nodes would be rasterised again every frame). */
#define G_LOG_DOMAIN "briefing-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-enum-types.h"
#include "briefing-labels.h"
#include "briefing-timeline-private.h"

#define MAX_CACHED_LABELS 2048
#define MAX_CACHED_TEXTS 512
#define HATCH_SIZE 8

static void
timeline_label_free (gpointer data)
{
  TimelineLabel *label = data;

  g_object_unref (label->layout);
  g_free (label);
}

void
briefing_timeline_init_caches (BriefingTimeline *self)
{
  self->label_cache = g_hash_table_new_full (NULL, NULL, NULL, timeline_label_free);
  self->text_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

void
briefing_timeline_invalidate_style (BriefingTimeline *self)
{
  self->style_valid = FALSE;
  g_hash_table_remove_all (self->label_cache);
  g_hash_table_remove_all (self->text_cache);
  for (guint k = 0; k < BRIEFING_TIMELINE_N_KINDS; k++)
    for (guint m = 0; m < TIMELINE_N_MARKERS; m++)
      g_clear_pointer (&self->markers[k][m], cairo_surface_destroy);
  for (guint k = 0; k <= TIMELINE_TEXT_COLOR; k++)
    for (guint t = 0; t < TIMELINE_N_TILES; t++)
      g_clear_object (&self->tiles[k][t]);
}

void
briefing_timeline_clear_caches (BriefingTimeline *self)
{
  briefing_timeline_invalidate_style (self);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->label_cache, g_hash_table_unref);
  g_clear_pointer (&self->text_cache, g_hash_table_unref);
}

PangoLayout *
briefing_timeline_text (BriefingTimeline *self,
                        char              style,
                        const char       *text)
{
  g_autofree char *key = g_strdup_printf ("%c%s", style, text);
  PangoLayout *layout = g_hash_table_lookup (self->text_cache, key);
  PangoAttrList *attrs;

  if (layout != NULL)
    return layout;

  if (g_hash_table_size (self->text_cache) >= MAX_CACHED_TEXTS)
    g_hash_table_remove_all (self->text_cache);

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  attrs = pango_attr_list_new ();
  if (style == 's' || style == 'B')
    pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  if (style == 'b' || style == 'B')
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  g_hash_table_insert (self->text_cache, g_steal_pointer (&key), layout);

  return layout;
}

TimelineLabel *
briefing_timeline_label (BriefingTimeline *self,
                         guint             index)
{
  const BriefingTimelineItem *item = briefing_timeline_layout_get_item (self->layout, index);
  TimelineLabel *label = g_hash_table_lookup (self->label_cache, GUINT_TO_POINTER (index));
  guint round = briefing_event_get_round (item->event);
  g_autofree char *text = NULL;

  if (label != NULL)
    return label;

  if (g_hash_table_size (self->label_cache) >= MAX_CACHED_LABELS)
    g_hash_table_remove_all (self->label_cache);

  /* Rounds of talks are what analysts count: they are named by number, the title is in the
   * tooltip. */
  if (item->kind == BRIEFING_EVENT_KIND_TALKS && round > 0)
    /* Translators: the label of a round of talks on the timeline */
    text = g_strdup_printf (_("Round %u"), round);
  else
    text = g_strdup (briefing_event_get_title (item->event));

  label = g_new0 (TimelineLabel, 1);
  label->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  label->width_set = -1;
  pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (label->layout, TRUE);
  if (item->kind == BRIEFING_EVENT_KIND_TALKS)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (label->layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_get_pixel_size (label->layout, &label->natural, &label->height);
  g_hash_table_insert (self->label_cache, GUINT_TO_POINTER (index), label);

  return label;
}

void
briefing_timeline_label_fit (TimelineLabel *label,
                             int            width)
{
  int w = width >= label->natural ? -1 : width;

  /* Shaping again only when the room changes. */
  if (w != label->width_set)
    {
      pango_layout_set_width (label->layout, w < 0 ? -1 : w * PANGO_SCALE);
      label->width_set = w;
    }
}

int
briefing_timeline_text_width (BriefingTimeline *self,
                              char              style,
                              const char       *text)
{
  int width;

  pango_layout_get_pixel_size (briefing_timeline_text (self, style, text), &width, NULL);
  return width;
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback_name,
              const GdkRGBA   *fallback,
              GdkRGBA         *color)
{
  if (gtk_style_context_lookup_color (context, name, color))
    return;
  if (fallback_name != NULL && gtk_style_context_lookup_color (context, fallback_name, color))
    return;
  *color = *fallback;
}

static char *
dup_font (BriefingTimeline *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  return pango_font_description_to_string (pango_context_get_font_description (context));
}

gboolean
briefing_timeline_style_differs (BriefingTimeline *self)
{
  g_autofree char *font = NULL;
  GdkRGBA fg;

  if (!self->style_valid)
    return TRUE;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  font = dup_font (self);
  return !gdk_rgba_equal (&fg, &self->fg) || g_strcmp0 (font, self->font) != 0;
}

void
briefing_timeline_ensure_style (BriefingTimeline *self)
{
  BriefingTimelineTicks months = { BRIEFING_TIMELINE_UNIT_MONTH, 1 };
  GtkStyleContext *context;
  double *min_px = self->min_tick_px;
  GdkRGBA white = { 1, 1, 1, 1 };
  int widest = 0;

  if (self->style_valid)
    return;

  self->style_valid = TRUE;
  g_free (self->font);
  self->font = dup_font (self);
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &self->fg);
  lookup_color (context, "timeline_selected_color", "theme_selected_bg_color", &self->fg,
                &self->accent);
  lookup_color (context, "timeline_selected_fg_color", "theme_selected_fg_color", &white,
                &self->accent_fg);
  lookup_color (context, "timeline_bg_color", "theme_base_color", &white, &self->bg);

  /* Kinds have their colours in the style sheet; without it they differ by shape alone. */
  for (guint k = 0; k < BRIEFING_TIMELINE_N_KINDS; k++)
    {
      const char *nick = briefing_enum_to_nick (BRIEFING_TYPE_EVENT_KIND, k);
      g_autofree char *name = g_strdup_printf ("timeline_%s_color", nick);

      lookup_color (context, name, NULL, &self->fg, &self->kind_color[k]);
    }

  /* Ticks are as far apart as their widest labels need, in the locale's words. */
  min_px[BRIEFING_TIMELINE_UNIT_HOUR] = briefing_timeline_text_width (self, 's', "00:00") + 18;
  min_px[BRIEFING_TIMELINE_UNIT_DAY] = briefing_timeline_text_width (self, 's', "28") + 14;
  min_px[BRIEFING_TIMELINE_UNIT_YEAR] = briefing_timeline_text_width (self, 's', "2025") + 18;
  for (guint m = 0; m < 12; m++)
    {
      gint64 mid_month = (gint64) (m * 31 + 15) * 86400;
      g_autofree char *text = briefing_timeline_format_tick (&months, FALSE, mid_month);

      widest = MAX (widest, briefing_timeline_text_width (self, 's', text));
    }
  min_px[BRIEFING_TIMELINE_UNIT_MONTH] = widest + 16;

  widest = 0;
  for (guint lane = 0; lane < briefing_timeline_layout_get_n_lanes (self->layout); lane++)
    {
      BriefingEventKind kind = briefing_timeline_layout_get_lane_kind (self->layout, lane);
      const char *name = briefing_event_kind_plural (kind);

      widest = MAX (widest, briefing_timeline_text_width (self, 'n', name));
    }
  self->gutter = widest > 0 ? MIN (widest, 160) + 46 : 0;
  briefing_timeline_update_geometry (self);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
marker_path (cairo_t *cr,
             guint    kind,
             double   x,
             double   y,
             double   r,
             double   dir)
{
  switch (kind)
    {
    case BRIEFING_EVENT_KIND_EXCHANGE:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case BRIEFING_EVENT_KIND_PROPOSAL:
    case BRIEFING_EVENT_KIND_OTHER:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case BRIEFING_EVENT_KIND_MILITARY:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.85);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.85);
      cairo_close_path (cr);
      break;
    case BRIEFING_EVENT_KIND_DEADLINE:
      /* A pennant flying in reading direction from a pole at the event's time. */
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + dir * r * 1.4, y - r * 0.45);
      cairo_line_to (cr, x, y + r * 0.1);
      cairo_close_path (cr);
      break;
    case BRIEFING_EVENT_KIND_TALKS:
    case BRIEFING_EVENT_KIND_STATEMENT:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);

  /* Cairo's ARGB32 is GDK's default memory format. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* Filled with a halo of the background that keeps neighbours apart, or hollow; the deadline's
 * pennant hangs from a pole. */
static cairo_surface_t *
draw_marker (BriefingTimeline *self,
             guint             kind,
             TimelineMarker    marker,
             int               size)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size * scale,
                                                         size * scale);
  const GdkRGBA *color = &self->kind_color[kind];
  double r = briefing_timeline_marker_radius (kind), c = size / 2.0;
  double dir = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -1 : 1;
  cairo_t *cr;

  /* Drawn for the screen's scale, and composed at its size in logical pixels. */
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  if (marker == TIMELINE_MARKER_LEGEND)
    r = kind == BRIEFING_EVENT_KIND_TALKS ? 6 : 5;

  if (kind == BRIEFING_EVENT_KIND_DEADLINE)
    {
      cairo_move_to (cr, c, c - r);
      cairo_line_to (cr, c, c + r);
      set_source (cr, color, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  marker_path (cr, kind, c, c, r, dir);
  set_source (cr, marker == TIMELINE_MARKER_HOLLOW ? &self->bg : color, 1);
  cairo_fill_preserve (cr);
  if (marker == TIMELINE_MARKER_HOLLOW)
    {
      set_source (cr, color, 1);
      cairo_set_line_width (cr, 2);
    }
  else
    {
      set_source (cr, &self->bg, 1);
      cairo_set_line_width (cr, marker == TIMELINE_MARKER_LEGEND ? 0 : 1.25);
    }
  cairo_stroke (cr);

  cairo_destroy (cr);
  return surface;
}

cairo_surface_t *
briefing_timeline_marker (BriefingTimeline *self,
                          guint             kind,
                          TimelineMarker    marker,
                          int              *size)
{
  double reach = kind == BRIEFING_EVENT_KIND_DEADLINE ? 1.4 : 1.1;

  /* Even, so the centre falls on a whole pixel. */
  *size = 2 * (int) ceil (briefing_timeline_marker_radius (kind) * reach + 2);

  briefing_timeline_ensure_style (self);
  if (self->markers[kind][marker] == NULL)
    self->markers[kind][marker] = draw_marker (self, kind, marker, *size);

  return self->markers[kind][marker];
}

GdkTexture *
briefing_timeline_tile (BriefingTimeline *self,
                        guint             kind,
                        TimelineTile      tile,
                        graphene_size_t  *size)
{
  static const graphene_size_t sizes[] = { { 8, 8 }, { 7, 2 }, { 2, 9 } };
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  const GdkRGBA *color;
  cairo_surface_t *surface;
  cairo_t *cr;

  *size = sizes[tile];
  briefing_timeline_ensure_style (self);
  if (self->tiles[kind][tile] != NULL)
    return self->tiles[kind][tile];

  color = kind == TIMELINE_TEXT_COLOR ? &self->fg : &self->kind_color[kind];
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size->width * scale,
                                        size->height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  set_source (cr, color, kind == TIMELINE_TEXT_COLOR ? 0.55 : 1);

  switch (tile)
    {
    case TIMELINE_TILE_HATCH:
      /* One diagonal, drawn past the corners so the tiles join. */
      for (int offset = -HATCH_SIZE; offset <= HATCH_SIZE; offset += HATCH_SIZE)
        {
          cairo_move_to (cr, offset - 1, HATCH_SIZE + 1);
          cairo_line_to (cr, offset + HATCH_SIZE + 1, -1);
        }
      set_source (cr, color, 0.4);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      break;
    case TIMELINE_TILE_DASH:
      cairo_rectangle (cr, 0, 0, 4, 1.5);
      cairo_fill (cr);
      break;
    case TIMELINE_TILE_DASH_DOWN:
    case TIMELINE_N_TILES:
    default:
      cairo_rectangle (cr, 0, 0, 1.5, 5);
      cairo_fill (cr);
      break;
    }
  cairo_destroy (cr);

  self->tiles[kind][tile] = texture_from_surface (surface);
  cairo_surface_destroy (surface);
  return self->tiles[kind][tile];
}
