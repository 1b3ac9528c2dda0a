/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The arithmetic behind BriefingTimeline, kept free of GTK so it can be tested without a display:
 * the events as time spans sorted once per model change, one lane per kind that occurs, the
 * calendar ticks of the date axis at each zoom, and the visible range's zoom and limits. */
#pragma once

#include <gio/gio.h>

#include "briefing-event.h"

G_BEGIN_DECLS

#define BRIEFING_TIMELINE_N_KINDS (BRIEFING_EVENT_KIND_OTHER + 1)

/* Narrowest and widest visible ranges, in seconds. */
#define BRIEFING_TIMELINE_MIN_SPAN (G_GINT64_CONSTANT (6) * 3600)
#define BRIEFING_TIMELINE_MAX_SPAN (G_GINT64_CONSTANT (400) * 366 * 86400)

typedef enum
{
  BRIEFING_TIMELINE_ITEM_RANGE     = 1 << 0, /* has an end date: drawn from start to end */
  BRIEFING_TIMELINE_ITEM_IMPRECISE = 1 << 1, /* known to the month or year: covers that period */
} BriefingTimelineItemFlags;

/* One event as the timeline places it. Times are unix seconds in UTC, as the bundle's calendar
 * dates are; [start, end) is what the event covers, @at where a point's marker sits. */
typedef struct
{
  BriefingEvent *event;        /* owned */
  gint64         start;
  gint64         end;
  gint64         at;
  guint          next_in_lane; /* index of the next item in the same lane, G_MAXUINT if none */
  guint8         kind;         /* BriefingEventKind */
  guint8         lane;
  guint8         flags;        /* BriefingTimelineItemFlags */
} BriefingTimelineItem;

typedef struct _BriefingTimelineLayout BriefingTimelineLayout;

/* How time runs along the plot in one frame, in "reading" coordinates u that grow from the start
 * edge (the left one, or the right one in right-to-left) towards the end edge. */
typedef struct
{
  gint64 origin;        /* the time at @start */
  double start;         /* the plot's ends */
  double end;
  double pad;           /* room past either end that markers and labels may use */
  double px_per_second;
} BriefingTimelineScale;

/* Where one item is drawn along the axis. */
typedef struct
{
  gboolean box;         /* a span from u0 to u1 with the marker inside, or a lone marker */
  double   u0, u1;      /* the span, or the marker's extent */
  double   mu;          /* the marker's centre */
  double   radius;
} BriefingTimelinePlacement;

#define BRIEFING_TIMELINE_LABEL_GAP 6
#define BRIEFING_TIMELINE_MIN_LABEL_WIDTH 40

/* @events: (nullable) (element-type BriefingEvent) */
BriefingTimelineLayout     *briefing_timeline_layout_new           (GListModel             *events);
void                        briefing_timeline_layout_free          (BriefingTimelineLayout *self);
guint                       briefing_timeline_layout_get_n_items   (BriefingTimelineLayout *self);
const BriefingTimelineItem *briefing_timeline_layout_get_item      (BriefingTimelineLayout *self,
                                                                    guint                   index);
gboolean                    briefing_timeline_layout_find          (BriefingTimelineLayout *self,
                                                                    BriefingEvent          *event,
                                                                    guint                  *index);
guint                       briefing_timeline_layout_get_n_lanes   (BriefingTimelineLayout *self);
BriefingEventKind           briefing_timeline_layout_get_lane_kind (BriefingTimelineLayout *self,
                                                                    guint                   lane);
/* FALSE when there are no events. */
gboolean                    briefing_timeline_layout_get_extent    (BriefingTimelineLayout *self,
                                                                    gint64                 *start,
                                                                    gint64                 *end);
/* The items that may overlap [@start, @end] are among [@first, @last): found by binary search on
 * the start times and on the running maximum of the end times. */
void                        briefing_timeline_layout_get_visible   (BriefingTimelineLayout *self,
                                                                    gint64                  start,
                                                                    gint64                  end,
                                                                    guint                  *first,
                                                                    guint                  *last);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingTimelineLayout, briefing_timeline_layout_free)

double   briefing_timeline_scale_to_u      (const BriefingTimelineScale     *scale,
                                            gint64                           t);
gint64   briefing_timeline_scale_to_time   (const BriefingTimelineScale     *scale,
                                            double                           u);
/* How far a kind's marker reaches on either side of its centre, in pixels. */
double   briefing_timeline_marker_radius   (guint                            kind);
/* A span when it is wide enough to show as one, else a marker at its middle. */
void     briefing_timeline_place           (const BriefingTimelineScale     *scale,
                                            const BriefingTimelineItem      *item,
                                            BriefingTimelinePlacement       *placement);
/* Where a label @natural pixels wide goes beside @placement within the lane's free stretch
 * [@free0, @free1]: inside the span if it fits whole, else after the marker or span, else before
 * it, else shortened after it or inside the span; FALSE when the lane has no room. */
gboolean briefing_timeline_place_label     (const BriefingTimelineScale     *scale,
                                            const BriefingTimelinePlacement *placement,
                                            int                              natural,
                                            double                           free0,
                                            double                           free1,
                                            double                          *u,
                                            double                          *width);
/* The item drawn nearest to @u in @lane, or G_MAXUINT. */
guint    briefing_timeline_layout_hit      (BriefingTimelineLayout          *self,
                                            const BriefingTimelineScale     *scale,
                                            guint                            lane,
                                            double                           u);

typedef enum
{
  BRIEFING_TIMELINE_UNIT_HOUR,
  BRIEFING_TIMELINE_UNIT_DAY,
  BRIEFING_TIMELINE_UNIT_MONTH,
  BRIEFING_TIMELINE_UNIT_YEAR,
  BRIEFING_TIMELINE_N_UNITS
} BriefingTimelineUnit;

/* Every @step @unit, aligned to the calendar: 1, 8, 15, 22 of each month; each quarter; 2020,
 * 2030… */
typedef struct
{
  BriefingTimelineUnit unit;
  guint                step;
} BriefingTimelineTicks;

/* The finest ticks at least @min_px[unit] pixels apart when @span seconds take @width pixels. */
BriefingTimelineTicks briefing_timeline_ticks_choose   (gint64                       span,
                                                        double                       width,
                                                        const double                *min_px);
/* The ticks that group these on the upper row of the axis; FALSE when there are none (years). */
gboolean              briefing_timeline_ticks_major    (const BriefingTimelineTicks *ticks,
                                                        BriefingTimelineTicks       *major);
gint64                briefing_timeline_ticks_floor    (const BriefingTimelineTicks *ticks,
                                                        gint64                       t);
gint64                briefing_timeline_ticks_next     (const BriefingTimelineTicks *ticks,
                                                        gint64                       t);
/* The end of the one unit starting at @t: a tick's label names that hour, day, month or year. */
gint64                briefing_timeline_unit_end       (BriefingTimelineUnit         unit,
                                                        gint64                       t);
/* The translated g_date_time_format() format of a tick's label. */
const char           *briefing_timeline_ticks_format   (const BriefingTimelineTicks *ticks,
                                                        gboolean                     major);
char                 *briefing_timeline_format_tick    (const BriefingTimelineTicks *ticks,
                                                        gboolean                     major,
                                                        gint64                       t);

/* Brings [*start, *end] within the span limits and the calendar's years 1–9999. */
void                  briefing_timeline_range_clamp    (gint64                      *start,
                                                        gint64                      *end);
/* Zooms [*start, *end] by @factor (below 1 zooms in) keeping the time at @anchor (0 = start,
 * 1 = end) in place, within the span limits and the calendar's years 1–9999. */
void                  briefing_timeline_range_zoom     (gint64                      *start,
                                                        gint64                      *end,
                                                        double                       anchor,
                                                        double                       factor);
/* Moves [*start, *end] by @delta seconds, keeping its span, within the calendar. */
void                  briefing_timeline_range_shift    (gint64                      *start,
                                                        gint64                      *end,
                                                        gint64                       delta);
/* Moves [*start, *end] as little as it takes to show [@first, @last] with a tenth of the range to
 * spare on either side, or the beginning of it when it is longer than that. */
void                  briefing_timeline_range_reveal   (gint64                      *start,
                                                        gint64                      *end,
                                                        gint64                       first,
                                                        gint64                       last);
/* The range that shows all of [@first, @last] with a margin. */
void                  briefing_timeline_range_fit      (gint64                       first,
                                                        gint64                       last,
                                                        gint64                      *start,
                                                        gint64                      *end);

/* "Second round of direct talks — Talks, 2 June 2025": what a screen reader says of @event. */
char                 *briefing_timeline_describe_event (BriefingEvent               *event);
/* The event's dates as people write them, at its precision: "23–25 May 2025", "August 2025". */
char                 *briefing_timeline_format_dates   (BriefingEvent               *event);
/* Pango markup: the title, then kind and dates, then the place if known. */
char                 *briefing_timeline_format_tooltip (BriefingEvent               *event);

G_END_DECLS
