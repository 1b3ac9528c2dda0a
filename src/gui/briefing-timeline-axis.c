/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What frames BriefingTimeline's events: the lanes with their names and legend markers, and the
 * date axis with its ticks, grid lines, today's line and the selected event's dates. */
#define G_LOG_DOMAIN "briefing-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-labels.h"
#include "briefing-timeline-private.h"

#define AXIS_HEIGHT TIMELINE_AXIS_HEIGHT
#define PAD TIMELINE_PLOT_PAD
#define CHIP_TOP (AXIS_HEIGHT - 21)

/* @layout on a pill of @fill, centred on @u. */
static void
append_chip (BriefingTimeline *self,
             GtkSnapshot      *snapshot,
             PangoLayout      *layout,
             const GdkRGBA    *fill,
             const GdkRGBA    *text,
             double            u,
             double            y)
{
  graphene_rect_t bounds;
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  bounds = briefing_timeline_rect (self, u - w / 2.0 - 7, u + w / 2.0 + 7, y, h + 2);
  briefing_timeline_append_pill (snapshot, fill, &bounds, (h + 2) / 2.0);
  briefing_timeline_append_text (self, snapshot, layout, text, u - w / 2.0, w, y + 1);
}

/* The kind's name after a legend marker at the start edge of each lane. */
static void
snapshot_lane_labels (BriefingTimeline *self,
                      GtkSnapshot      *snapshot)
{
  guint n_lanes = briefing_timeline_layout_get_n_lanes (self->layout);
  double height = n_lanes * TIMELINE_LANE_HEIGHT;
  graphene_rect_t bounds = briefing_timeline_rect (self, 0, self->gutter, AXIS_HEIGHT, height);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  for (guint lane = 0; lane < n_lanes; lane++)
    {
      guint kind = briefing_timeline_layout_get_lane_kind (self->layout, lane);
      PangoLayout *layout = briefing_timeline_text (self, 'n', briefing_event_kind_plural (kind));
      double cy = briefing_timeline_lane_center (lane);
      int w, h;

      briefing_timeline_draw_marker (self, cr, kind, TIMELINE_MARKER_LEGEND, 20, cy);
      pango_layout_get_pixel_size (layout, &w, &h);
      briefing_timeline_append_text (self, snapshot, layout, &self->fg, 34, w, cy - h / 2.0);
    }

  cairo_destroy (cr);
}

/* Every other lane faintly shaded, the lanes' names on their own shade, the axis ruled off. */
void
briefing_timeline_snapshot_lanes (BriefingTimeline *self,
                                  GtkSnapshot      *snapshot)
{
  double width = self->width;
  guint n_lanes = briefing_timeline_layout_get_n_lanes (self->layout);
  double bottom = AXIS_HEIGHT + n_lanes * TIMELINE_LANE_HEIGHT + TIMELINE_BOTTOM_PAD;

  for (guint lane = 1; lane < n_lanes; lane += 2)
    briefing_timeline_append_rect (self, snapshot, &self->fg, 0.03, 0, width,
                                   AXIS_HEIGHT + lane * TIMELINE_LANE_HEIGHT, TIMELINE_LANE_HEIGHT);

  briefing_timeline_append_rect (self, snapshot, &self->fg, 0.04, 0, self->gutter, 0, bottom);
  briefing_timeline_append_rect (self, snapshot, &self->fg, 0.15, self->gutter - 1, self->gutter, 0,
                                 bottom);
  briefing_timeline_append_rect (self, snapshot, &self->fg, 0.15, 0, width, AXIS_HEIGHT - 1, 1);

  snapshot_lane_labels (self, snapshot);
}

/* Pills on the axis: the selected event's dates where its guide line meets the axis, and today's
 * unless the dates cover it. Tick labels under them make way. */
typedef struct
{
  char   *dates;
  double  dates_u;
  double  today_u;
  double  start, end; /* what the pills cover */
} AxisChips;

static void
axis_chips_init (BriefingTimeline *self,
                 AxisChips        *chips)
{
  double u0 = self->scale.start, u1 = self->scale.end;
  double half = briefing_timeline_text_width (self, 'B', C_("timeline", "Today")) / 2.0 + 7;
  BriefingTimelinePlacement p;
  guint selected;

  chips->dates = NULL;
  chips->dates_u = 0;
  chips->start = G_MAXDOUBLE;
  chips->end = -G_MAXDOUBLE;
  chips->today_u = briefing_timeline_time_to_u (self, self->now);

  if (self->selected != NULL &&
      briefing_timeline_layout_find (self->layout, self->selected, &selected))
    {
      const BriefingTimelineItem *item = briefing_timeline_layout_get_item (self->layout, selected);

      briefing_timeline_place (&self->scale, item, &p);
      if (p.mu >= u0 && p.mu <= u1)
        {
          double dates_half;

          chips->dates = briefing_timeline_format_dates (self->selected);
          dates_half = briefing_timeline_text_width (self, 'B', chips->dates) / 2.0 + 7;
          chips->dates_u = CLAMP (p.mu, u0 + dates_half, u1 - dates_half);
          chips->start = chips->dates_u - dates_half;
          chips->end = chips->dates_u + dates_half;
        }
    }

  if (chips->today_u < u0 || chips->today_u > u1 ||
      (chips->today_u + half + 4 >= chips->start && chips->today_u - half - 4 <= chips->end))
    chips->today_u = -G_MAXDOUBLE;
  else
    {
      chips->start = MIN (chips->start, chips->today_u - half);
      chips->end = MAX (chips->end, chips->today_u + half);
    }
}

static void
snapshot_axis_chips (BriefingTimeline *self,
                     GtkSnapshot      *snapshot,
                     AxisChips        *chips)
{
  if (chips->dates != NULL)
    append_chip (self, snapshot, briefing_timeline_text (self, 'B', chips->dates), &self->accent,
                 &self->accent_fg, chips->dates_u, CHIP_TOP);
  if (chips->today_u > -G_MAXDOUBLE)
    append_chip (self, snapshot, briefing_timeline_text (self, 'B', C_("timeline", "Today")),
                 &self->fg, &self->bg, chips->today_u, CHIP_TOP);
  g_clear_pointer (&chips->dates, g_free);
}

/* Ticks and grid lines at the zoom's unit with their labels centred on the period they name, under
 * the names of the larger periods that group them. */
static void
snapshot_axis (BriefingTimeline *self,
               GtkSnapshot      *snapshot,
               double            height,
               const AxisChips  *chips)
{
  double u0 = self->scale.start, u1 = self->scale.end, last_end = -G_MAXDOUBLE;
  gint64 span = self->visible_end - self->visible_start;
  BriefingTimelineTicks ticks = briefing_timeline_ticks_choose (span, u1 - u0, self->min_tick_px);
  BriefingTimelineTicks major;
  GdkRGBA dim = self->fg;

  dim.alpha *= 0.7;
  for (gint64 t = briefing_timeline_ticks_floor (&ticks, self->visible_start);
       t <= self->visible_end;
       t = briefing_timeline_ticks_next (&ticks, t))
    {
      double u = round (briefing_timeline_time_to_u (self, t));
      gint64 end = briefing_timeline_unit_end (ticks.unit, t);
      /* An hour is labelled at its tick, a longer unit in the middle of the period it names. */
      double centre = ticks.unit == BRIEFING_TIMELINE_UNIT_HOUR
                        ? u : (u + briefing_timeline_time_to_u (self, end)) / 2;
      g_autofree char *text = briefing_timeline_format_tick (&ticks, FALSE, t);
      PangoLayout *layout = briefing_timeline_text (self, 's', text);
      double half = briefing_timeline_text_width (self, 's', text) / 2.0;

      if (u >= u0)
        {
          briefing_timeline_append_rect (self, snapshot, &self->fg, 0.06, u, u + 1, AXIS_HEIGHT,
                                         height - AXIS_HEIGHT);
          briefing_timeline_append_rect (self, snapshot, &self->fg, 0.25, u, u + 1, AXIS_HEIGHT - 6,
                                         6);
        }
      if (centre - half >= MAX (last_end + 8, u0) && centre + half <= u1 &&
          (centre + half + 3 < chips->start || centre - half - 3 > chips->end))
        {
          briefing_timeline_append_text (self, snapshot, layout, &dim, round (centre - half),
                                         2 * half, 25);
          last_end = centre + half;
        }
    }

  if (!briefing_timeline_ticks_major (&ticks, &major))
    return;

  /* The group's name sticks to the start edge while the group is in view. */
  for (gint64 t = briefing_timeline_ticks_floor (&major, self->visible_start);
       t <= self->visible_end;
       t = briefing_timeline_ticks_next (&major, t))
    {
      double u = round (briefing_timeline_time_to_u (self, t));
      double next = briefing_timeline_time_to_u (self, briefing_timeline_ticks_next (&major, t));
      g_autofree char *text = briefing_timeline_format_tick (&major, TRUE, t);
      PangoLayout *layout = briefing_timeline_text (self, 'b', text);
      int w = briefing_timeline_text_width (self, 'b', text);
      double at = round (MIN (MAX (u + 6, u0), next - 8 - w));

      if (u >= u0)
        briefing_timeline_append_rect (self, snapshot, &self->fg, 0.16, u, u + 1, 4, height - 4);
      if (at >= u0 - 1 && at + w <= u1 + PAD)
        briefing_timeline_append_text (self, snapshot, layout, &self->fg, at, w, 5);
    }
}

/* Today as a dashed line, the future faintly shaded. */
static void
snapshot_now (BriefingTimeline *self,
              GtkSnapshot      *snapshot,
              double            height)
{
  double u0 = self->scale.start, u1 = self->scale.end;
  double u = round (briefing_timeline_time_to_u (self, self->now));
  graphene_rect_t bounds;

  if (u > u1)
    return;

  briefing_timeline_append_rect (self, snapshot, &self->fg, 0.035, MAX (u, u0), u1 + PAD,
                                 AXIS_HEIGHT, height - AXIS_HEIGHT);
  if (u < u0)
    return;

  bounds = briefing_timeline_rect (self, u - 0.75, u + 0.75, AXIS_HEIGHT, height - AXIS_HEIGHT);
  briefing_timeline_append_tiles (self, snapshot, TIMELINE_TEXT_COLOR, TIMELINE_TILE_DASH_DOWN,
                                  &bounds);
}

void
briefing_timeline_snapshot_axis (BriefingTimeline *self,
                                 GtkSnapshot      *snapshot,
                                 double            height)
{
  AxisChips chips;

  axis_chips_init (self, &chips);
  snapshot_now (self, snapshot, height);
  snapshot_axis (self, snapshot, height, &chips);
  snapshot_axis_chips (self, snapshot, &chips);
}
