/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where BriefingTimeline puts things and how it draws the events and their labels, around the
 * lanes and the axis of briefing-timeline-axis.c. Markers are images drawn once
 * (briefing-timeline-cache.c) and composed in one cairo node, everything else is plain render
 * nodes; only what is in view is visited, found by binary search. Also what is under a point, for
 * clicks and tooltips. */
#define G_LOG_DOMAIN "briefing-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-timeline-private.h"

#define AXIS_HEIGHT TIMELINE_AXIS_HEIGHT
#define PAD TIMELINE_PLOT_PAD
#define LABEL_GAP BRIEFING_TIMELINE_LABEL_GAP
#define BOX_HEIGHT 22
#define NARROW_BOX_WIDTH 48

gboolean
briefing_timeline_is_rtl (BriefingTimeline *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

void
briefing_timeline_update_geometry (BriefingTimeline *self)
{
  gint64 span = self->visible_end - self->visible_start;

  self->scale.origin = self->visible_start;
  self->scale.start = self->gutter + PAD;
  self->scale.end = MAX (self->width - PAD, self->scale.start + 1);
  self->scale.pad = PAD;
  self->scale.px_per_second = (self->scale.end - self->scale.start) / (double) span;
}

const BriefingTimelineScale *
briefing_timeline_get_scale (BriefingTimeline *self)
{
  briefing_timeline_ensure_style (self);
  return &self->scale;
}

double
briefing_timeline_plot_start (BriefingTimeline *self)
{
  return briefing_timeline_get_scale (self)->start;
}

double
briefing_timeline_plot_end (BriefingTimeline *self)
{
  return briefing_timeline_get_scale (self)->end;
}

double
briefing_timeline_time_to_u (BriefingTimeline *self,
                             gint64            t)
{
  return briefing_timeline_scale_to_u (briefing_timeline_get_scale (self), t);
}

double
briefing_timeline_u_to_x (BriefingTimeline *self,
                          double            u)
{
  return briefing_timeline_is_rtl (self) ? self->width - u : u;
}

double
briefing_timeline_lane_center (guint lane)
{
  return AXIS_HEIGHT + lane * TIMELINE_LANE_HEIGHT + TIMELINE_LANE_HEIGHT / 2.0;
}

static const BriefingTimelineItem *
item_at (BriefingTimeline *self,
         guint             index)
{
  return briefing_timeline_layout_get_item (self->layout, index);
}

static void
place (BriefingTimeline           *self,
       const BriefingTimelineItem *item,
       BriefingTimelinePlacement  *p)
{
  briefing_timeline_place (&self->scale, item, p);
}

static gboolean
is_future (BriefingTimeline           *self,
           const BriefingTimelineItem *item)
{
  return item->start > self->now;
}

graphene_rect_t
briefing_timeline_rect (BriefingTimeline *self,
        double            u0,
        double            u1,
        double            y,
        double            height)
{
  double x = briefing_timeline_is_rtl (self) ? self->width - u1 : u0;

  return GRAPHENE_RECT_INIT (x, y, u1 - u0, height);
}

void
briefing_timeline_append_rect (BriefingTimeline *self,
             GtkSnapshot      *snapshot,
             const GdkRGBA    *color,
             double            alpha,
             double            u0,
             double            u1,
             double            y,
             double            height)
{
  GdkRGBA c = *color;
  graphene_rect_t r = briefing_timeline_rect (self, u0, u1, y, height);

  c.alpha *= alpha;
  gtk_snapshot_append_color (snapshot, &c, &r);
}

/* Repeat nodes of textures, which renderers tile directly rather than drawing offscreen. */
void
briefing_timeline_append_tiles (BriefingTimeline      *self,
                                GtkSnapshot           *snapshot,
                                guint                  kind,
                                TimelineTile           tile,
                                const graphene_rect_t *bounds)
{
  graphene_size_t size;
  GdkTexture *texture = briefing_timeline_tile (self, kind, tile, &size);
  graphene_rect_t one = GRAPHENE_RECT_INIT (bounds->origin.x, bounds->origin.y, size.width,
                                            size.height);

  gtk_snapshot_push_repeat (snapshot, bounds, &one);
  gtk_snapshot_append_texture (snapshot, texture, &one);
  gtk_snapshot_pop (snapshot);
}

static void
append_border (GtkSnapshot          *snapshot,
               const GskRoundedRect *outline,
               float                 width,
               const GdkRGBA        *color)
{
  gtk_snapshot_append_border (snapshot, outline, (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

/* Draws @layout starting at @u in reading order, @width wide, with its top at @y. */
void
briefing_timeline_append_text (BriefingTimeline *self,
             GtkSnapshot      *snapshot,
             PangoLayout      *layout,
             const GdkRGBA    *color,
             double            u,
             double            width,
             double            y)
{
  double x = briefing_timeline_is_rtl (self) ? self->width - u - width : u;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

void
briefing_timeline_append_pill (GtkSnapshot           *snapshot,
             const GdkRGBA         *fill,
             const graphene_rect_t *bounds,
             double                 radius)
{
  GskRoundedRect pill;

  gsk_rounded_rect_init_from_rect (&pill, bounds, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &pill);
  gtk_snapshot_append_color (snapshot, fill, bounds);
  gtk_snapshot_pop (snapshot);
}

/* On whole pixels, so the image is not resampled. */
void
briefing_timeline_draw_marker (BriefingTimeline *self,
             cairo_t          *cr,
             guint             kind,
             TimelineMarker    marker,
             double            u,
             double            cy)
{
  int size;
  cairo_surface_t *surface = briefing_timeline_marker (self, kind, marker, &size);
  double x = round (briefing_timeline_u_to_x (self, u)) - size / 2;

  cairo_set_source_surface (cr, surface, x, round (cy) - size / 2);
  cairo_paint (cr);
}

/* A span: filled for known dates, hatched for a month or a year, dashed while in the future.
 * Narrow spans, many of them when zoomed out, take a cheaper square path with a fainter edge
 * standing for the dashes and the hatching. */
static void
append_box (BriefingTimeline                *self,
            GtkSnapshot                     *snapshot,
            const BriefingTimelineItem      *item,
            const BriefingTimelinePlacement *p,
            double                           cy)
{
  const GdkRGBA *color = &self->kind_color[item->kind];
  const GdkRGBA *bg = &self->bg;
  gboolean future = is_future (self, item);
  gboolean imprecise = (item->flags & BRIEFING_TIMELINE_ITEM_IMPRECISE) != 0;
  double box_top = cy - BOX_HEIGHT / 2.0;
  graphene_rect_t r = briefing_timeline_rect (self, round (p->u0), round (p->u1), box_top,
                                              BOX_HEIGHT);
  double a = future ? 0.10 : 0.22, x = r.origin.x, y = r.origin.y, w = r.size.width;
  GdkRGBA fill = { bg->red + (color->red - bg->red) * a, bg->green + (color->green - bg->green) * a,
                   bg->blue + (color->blue - bg->blue) * a, 1 };
  graphene_rect_t edges[4];
  GskRoundedRect box;

  if (w < NARROW_BOX_WIDTH)
    {
      GdkRGBA edge = *color;

      edge.alpha *= future || imprecise ? 0.5 : 1;
      gsk_rounded_rect_init_from_rect (&box, &r, 0);
      gtk_snapshot_append_color (snapshot, &fill, &r);
      append_border (snapshot, &box, 1, &edge);
      return;
    }

  gsk_rounded_rect_init_from_rect (&box, &r, 6);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  gtk_snapshot_append_color (snapshot, &fill, &r);
  if (imprecise)
    briefing_timeline_append_tiles (self, snapshot, item->kind, TIMELINE_TILE_HATCH, &r);
  gtk_snapshot_pop (snapshot);

  if (!future)
    {
      append_border (snapshot, &box, 1.5, color);
      return;
    }

  /* Dashed along, closed at the ends. */
  edges[0] = GRAPHENE_RECT_INIT (x + 6, y, w - 12, 2);
  edges[1] = GRAPHENE_RECT_INIT (x + 6, y + BOX_HEIGHT - 1.5, w - 12, 2);
  edges[2] = GRAPHENE_RECT_INIT (x, y + 5, 1.5, BOX_HEIGHT - 10);
  edges[3] = GRAPHENE_RECT_INIT (x + w - 1.5, y + 5, 1.5, BOX_HEIGHT - 10);
  briefing_timeline_append_tiles (self, snapshot, item->kind, TIMELINE_TILE_DASH, &edges[0]);
  briefing_timeline_append_tiles (self, snapshot, item->kind, TIMELINE_TILE_DASH, &edges[1]);
  gtk_snapshot_append_color (snapshot, color, &edges[2]);
  gtk_snapshot_append_color (snapshot, color, &edges[3]);
}

/* A ring of the accent around the selected marker or span. */
static void
append_selection_ring (BriefingTimeline                *self,
                       GtkSnapshot                     *snapshot,
                       const BriefingTimelinePlacement *p,
                       double                           cy)
{
  double r = p->radius + 5, x = round (briefing_timeline_u_to_x (self, p->mu));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x - r, round (cy) - r, 2 * r, 2 * r);
  GskRoundedRect ring;

  if (p->box)
    bounds = briefing_timeline_rect (self, p->u0 - 3, p->u1 + 3, cy - BOX_HEIGHT / 2.0 - 3,
                                     BOX_HEIGHT + 6);

  gsk_rounded_rect_init_from_rect (&ring, &bounds, p->box ? 9 : r);
  append_border (snapshot, &ring, 2.5, &self->accent);
}

/* Rounds of talks carry their number inside the circle. */
static void
append_round_number (BriefingTimeline                *self,
                     GtkSnapshot                     *snapshot,
                     const BriefingTimelineItem      *item,
                     const BriefingTimelinePlacement *p)
{
  guint round_number = briefing_event_get_round (item->event);
  g_autofree char *number = g_strdup_printf ("%u", round_number);
  PangoLayout *layout = briefing_timeline_text (self, 'B', number);
  const GdkRGBA *color = is_future (self, item) ? &self->kind_color[item->kind] : &self->accent_fg;
  double cy = briefing_timeline_lane_center (item->lane);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (round_number > 0 && w <= 2 * p->radius - 4)
    briefing_timeline_append_text (self, snapshot, layout, color, round (p->mu) - w / 2.0, w,
                                   round (cy - h / 2.0));
}

/* Spans first, then every marker in one cairo node of ready-made images, the rounds' numbers, and
 * the selection's ring and guide line. What would only paint over the last thing drawn in its
 * lane is left out: markers less than a radius and a bit apart, spans within the last span. */
static void
snapshot_markers (BriefingTimeline *self,
                  GtkSnapshot      *snapshot,
                  guint             first,
                  guint             last,
                  guint             selected,
                  double            height)
{
  double u0 = self->scale.start - PAD, u1 = self->scale.end + PAD;
  double last_mu[BRIEFING_TIMELINE_N_KINDS], last_u0[BRIEFING_TIMELINE_N_KINDS];
  double last_u1[BRIEFING_TIMELINE_N_KINDS];
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  graphene_rect_t bounds = briefing_timeline_rect (self, u0, u1, AXIS_HEIGHT, height - AXIS_HEIGHT);
  BriefingTimelinePlacement p;
  cairo_t *cr;

  if (selected != G_MAXUINT)
    {
      place (self, item_at (self, selected), &p);
      briefing_timeline_append_rect (self, snapshot, &self->accent, 0.6, round (p.mu) - 0.5,
                                     round (p.mu) + 0.5, AXIS_HEIGHT, height - AXIS_HEIGHT);
    }

  for (guint lane = 0; lane < BRIEFING_TIMELINE_N_KINDS; lane++)
    {
      last_mu[lane] = last_u1[lane] = -G_MAXDOUBLE;
      last_u0[lane] = G_MAXDOUBLE;
    }

  for (guint i = first; i < last; i++)
    {
      const BriefingTimelineItem *item = item_at (self, i);
      guint lane = item->lane;

      place (self, item, &p);
      if (p.u1 < u0 || p.u0 > u1)
        continue;
      if (i != selected && (p.box ? p.u0 >= last_u0[lane] - 1 && p.u1 <= last_u1[lane] + 1
                                  : fabs (p.mu - last_mu[lane]) < p.radius * 1.25))
        continue;

      last_mu[lane] = p.mu;
      if (p.box)
        {
          last_u0[lane] = p.u0;
          last_u1[lane] = p.u1;
          append_box (self, snapshot, item, &p, briefing_timeline_lane_center (lane));
        }
      g_array_append_val (shown, i);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  for (guint s = 0; s < shown->len; s++)
    {
      const BriefingTimelineItem *item = item_at (self, g_array_index (shown, guint, s));
      double cy = briefing_timeline_lane_center (item->lane);
      TimelineMarker marker = TIMELINE_MARKER_FILLED;

      if (is_future (self, item))
        marker = TIMELINE_MARKER_HOLLOW;
      place (self, item, &p);
      briefing_timeline_draw_marker (self, cr, item->kind, marker, p.mu, cy);
    }
  cairo_destroy (cr);

  for (guint s = 0; s < shown->len; s++)
    {
      const BriefingTimelineItem *item = item_at (self, g_array_index (shown, guint, s));

      if (item->kind == BRIEFING_EVENT_KIND_TALKS)
        {
          place (self, item, &p);
          append_round_number (self, snapshot, item, &p);
        }
    }

  if (selected >= first && selected < last)
    {
      const BriefingTimelineItem *item = item_at (self, selected);

      place (self, item, &p);
      append_selection_ring (self, snapshot, &p, briefing_timeline_lane_center (item->lane));
    }
}

/* Where the lane is free up to after @item: the start of the next item in it. */
static double
lane_free_end (BriefingTimeline           *self,
               const BriefingTimelineItem *item)
{
  BriefingTimelinePlacement next;

  if (item->next_in_lane == G_MAXUINT)
    return G_MAXDOUBLE;

  place (self, item_at (self, item->next_in_lane), &next);
  return next.u0 - LABEL_GAP;
}

/* Where the lane is free from before @index: the end of the previous item in it. */
static double
lane_free_start (BriefingTimeline *self,
                 guint             index,
                 guint             first)
{
  guint lane = item_at (self, index)->lane;
  BriefingTimelinePlacement previous;

  for (guint i = index; i-- > first;)
    if (item_at (self, i)->lane == lane)
      {
        place (self, item_at (self, i), &previous);
        return previous.u1 + LABEL_GAP;
      }

  return -G_MAXDOUBLE;
}

static void
append_label (BriefingTimeline *self,
              GtkSnapshot      *snapshot,
              guint             index,
              double            u,
              double            width,
              gboolean          selected)
{
  TimelineLabel *label = briefing_timeline_label (self, index);
  double cy = briefing_timeline_lane_center (item_at (self, index)->lane);
  double top = round (cy - label->height / 2.0);
  graphene_rect_t bounds = briefing_timeline_rect (self, u, u + width, top, label->height);

  briefing_timeline_label_fit (label, width);
  if (selected)
    {
      bounds = briefing_timeline_rect (self, u - 5, u + width + 5, top - 2, label->height + 4);
      briefing_timeline_append_pill (snapshot, &self->accent, &bounds, 6);
    }
  briefing_timeline_append_text (self, snapshot, label->layout,
                                 selected ? &self->accent_fg : &self->fg, round (u), width, top);
  g_array_append_val (self->label_hits, ((TimelineLabelHit) { index, bounds }));
}

/* Labels in one sweep in time order, each lane remembering where its last marker or label ended, so
 * a label that would cover another is left out. The selected event's label goes first, between
 * its neighbours if it can and over them if it must, and the others make way for it. */
static void
snapshot_labels (BriefingTimeline *self,
                 GtkSnapshot      *snapshot,
                 guint             first,
                 guint             last,
                 guint             selected)
{
  const BriefingTimelineScale *scale = &self->scale;
  double label_end[BRIEFING_TIMELINE_N_KINDS], sel_u = 0, sel_w = 0, sel_start = 0, sel_end = 0;
  gboolean sel_label = FALSE;
  guint sel_lane = G_MAXUINT;
  BriefingTimelinePlacement p;

  if (selected != G_MAXUINT)
    {
      const BriefingTimelineItem *item = item_at (self, selected);
      int natural = briefing_timeline_label (self, selected)->natural;
      double free0 = lane_free_start (self, selected, first), free1 = lane_free_end (self, item);

      place (self, item, &p);
      sel_lane = item->lane;
      sel_label = briefing_timeline_place_label (scale, &p, natural, free0, free1, &sel_u,
                                                 &sel_w) ||
                  briefing_timeline_place_label (scale, &p, natural, -G_MAXDOUBLE, G_MAXDOUBLE,
                                                 &sel_u, &sel_w);
      sel_start = sel_u - LABEL_GAP - 6;
      sel_end = sel_u + sel_w + LABEL_GAP + 6;
    }

  for (guint lane = 0; lane < BRIEFING_TIMELINE_N_KINDS; lane++)
    label_end[lane] = -G_MAXDOUBLE;

  for (guint i = first; i < last; i++)
    {
      const BriefingTimelineItem *item = item_at (self, i);
      double free0 = label_end[item->lane], free1 = lane_free_end (self, item), lu, lw;
      int natural;

      place (self, item, &p);
      if (p.u1 < scale->start - PAD || p.u0 > scale->end + PAD)
        continue;

      label_end[item->lane] = MAX (free0, p.u1 + LABEL_GAP);
      if (i == selected ||
          MIN (free1, scale->end + PAD) - MAX (free0, p.u0) < BRIEFING_TIMELINE_MIN_LABEL_WIDTH)
        continue;

      natural = briefing_timeline_label (self, i)->natural;
      if (!briefing_timeline_place_label (scale, &p, natural, free0, free1, &lu, &lw) ||
          (sel_label && item->lane == sel_lane && lu < sel_end && lu + lw > sel_start))
        continue;

      append_label (self, snapshot, i, lu, lw, FALSE);
      label_end[item->lane] = MAX (label_end[item->lane], lu + lw + LABEL_GAP);
    }

  if (sel_label)
    append_label (self, snapshot, selected, sel_u, sel_w, TRUE);
}

void
briefing_timeline_snapshot_contents (BriefingTimeline *self,
                                     GtkSnapshot      *snapshot)
{
  double width = self->width, height = gtk_widget_get_height (GTK_WIDGET (self));
  guint first, last, selected = G_MAXUINT;
  graphene_rect_t plot;
  gint64 reach;

  briefing_timeline_ensure_style (self);
  g_array_set_size (self->label_hits, 0);

  if (briefing_timeline_layout_get_n_items (self->layout) == 0)
    {
      PangoLayout *layout = briefing_timeline_text (self, 'n', _("No Events"));
      GdkRGBA dim = self->fg;
      int w, h;

      dim.alpha *= 0.55;
      pango_layout_get_pixel_size (layout, &w, &h);
      briefing_timeline_append_text (self, snapshot, layout, &dim, (width - w) / 2, w,
                                     (height - h) / 2);
      return;
    }

  briefing_timeline_snapshot_lanes (self, snapshot);

  /* The events that may show, markers reaching in from beyond the edges included. */
  reach = (gint64) ((PAD + 16) / self->scale.px_per_second) + 1;
  briefing_timeline_layout_get_visible (self->layout, self->visible_start - reach,
                                        self->visible_end + reach, &first, &last);
  if (self->selected != NULL &&
      !briefing_timeline_layout_find (self->layout, self->selected, &selected))
    selected = G_MAXUINT;

  plot = briefing_timeline_rect (self, self->scale.start - PAD + 1, self->scale.end + PAD, 0,
                                 height);
  gtk_snapshot_push_clip (snapshot, &plot);
  briefing_timeline_snapshot_axis (self, snapshot, height);
  snapshot_markers (self, snapshot, first, last, selected, height);
  snapshot_labels (self, snapshot, first, last, selected);
  gtk_snapshot_pop (snapshot);
}

BriefingEvent *
briefing_timeline_get_event_at (BriefingTimeline *self,
                                double            x,
                                double            y)
{
  const BriefingTimelineScale *scale;
  int lane = floor ((y - AXIS_HEIGHT) / TIMELINE_LANE_HEIGHT);
  double u = briefing_timeline_is_rtl (self) ? self->width - x : x;
  guint index, n_items;

  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), NULL);

  scale = briefing_timeline_get_scale (self);
  if (lane < 0 || lane >= (int) briefing_timeline_layout_get_n_lanes (self->layout) ||
      u < scale->start - 4 || u > scale->end + 4)
    return NULL;

  index = briefing_timeline_layout_hit (self->layout, scale, lane, u);
  if (index != G_MAXUINT)
    return item_at (self, index)->event;

  /* Or a label drawn in the last frame. */
  n_items = briefing_timeline_layout_get_n_items (self->layout);
  for (guint i = 0; i < self->label_hits->len; i++)
    {
      const TimelineLabelHit *hit = &g_array_index (self->label_hits, TimelineLabelHit, i);

      if (hit->index < n_items &&
          graphene_rect_contains_point (&hit->bounds, &GRAPHENE_POINT_INIT (x, y)))
        return item_at (self, hit->index)->event;
    }

  return NULL;
}

gboolean
briefing_timeline_get_event_position (BriefingTimeline *self,
                                      BriefingEvent    *event,
                                      double           *x,
                                      double           *y)
{
  const BriefingTimelineItem *item;
  BriefingTimelinePlacement p;
  guint index;

  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), FALSE);

  if (event == NULL || !briefing_timeline_layout_find (self->layout, event, &index))
    return FALSE;

  item = item_at (self, index);
  briefing_timeline_place (briefing_timeline_get_scale (self), item, &p);
  if (p.mu < self->scale.start || p.mu > self->scale.end)
    return FALSE;

  *x = briefing_timeline_u_to_x (self, p.mu);
  *y = briefing_timeline_lane_center (item->lane);
  return TRUE;
}

char *
briefing_timeline_dup_tooltip_markup (BriefingTimeline *self,
                                      double            x,
                                      double            y)
{
  BriefingEvent *event = briefing_timeline_get_event_at (self, x, y);

  return event != NULL ? briefing_timeline_format_tooltip (event) : NULL;
}
