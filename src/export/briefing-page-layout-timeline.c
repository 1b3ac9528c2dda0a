/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline section: a drawing of the events shown — a lane per kind, a marker per event whose
 * shape tells its kind in grey print too, rounds numbered, what lies after the briefing's date
 * hollow or dashed, under a date axis whose steps suit the span — then the list of the events. */
#define G_LOG_DOMAIN "briefing-page-layout"

#include "config.h"

#include <math.h>

#include "briefing-labels.h"
#include "briefing-page-labels.h"
#include "briefing-page-layout-private.h"

#define N_KINDS        (BRIEFING_EVENT_KIND_OTHER + 1)
#define GUTTER         80.0   /* lane names */
#define TOP_BAND       12.0   /* the briefing date's label */
#define LANE_HEIGHT    20.0
#define AXIS_HEIGHT    20.0
#define PLOT_PAD       8.0
#define MARKER_RADIUS  3.6
#define DATE_COLUMN    96.0   /* the dates beside the list of events */
#define STATUS_COLUMN  60.0   /* the status beside an outcome, at least; wider for longer words */
#define STATUS_MAX     120.0
#define MIN_TICK_SPACE 58.0

/* The app's colours for the kinds; the shapes carry the meaning, the colours only help. */
static const char * const kind_colors[N_KINDS] = {
  [BRIEFING_EVENT_KIND_TALKS] = "#3584e4",
  [BRIEFING_EVENT_KIND_EXCHANGE] = "#26a269",
  [BRIEFING_EVENT_KIND_PROPOSAL] = "#c061cb",
  [BRIEFING_EVENT_KIND_STATEMENT] = "#b5835a",
  [BRIEFING_EVENT_KIND_MILITARY] = "#e01b24",
  [BRIEFING_EVENT_KIND_DEADLINE] = "#e66100",
  [BRIEFING_EVENT_KIND_OTHER] = "#77767b",
};

typedef struct
{
  GPtrArray *events;           /* of BriefingComposedEvent (borrowed from the composition) */
  int        lane[N_KINDS];    /* the kind's lane, or -1 */
  guint      n_lanes;
  gint64     from;             /* the axis, in Unix seconds */
  gint64     to;
  gint64     briefing_date;
} Timeline;

typedef enum
{
  STEP_DAY,
  STEP_MONTH,
  STEP_YEAR,
} StepUnit;

static const struct
{
  StepUnit unit;
  guint    count;
  double   days;
} steps[] = {
  { STEP_DAY, 1, 1 },      { STEP_DAY, 2, 2 },       { STEP_DAY, 7, 7 },
  { STEP_DAY, 14, 14 },    { STEP_MONTH, 1, 30.44 }, { STEP_MONTH, 2, 60.9 },
  { STEP_MONTH, 3, 91.3 }, { STEP_MONTH, 6, 182.6 }, { STEP_YEAR, 1, 365.25 },
  { STEP_YEAR, 2, 730.5 }, { STEP_YEAR, 5, 1826 },   { STEP_YEAR, 10, 3652 },
  { STEP_YEAR, 25, 9131 }, { STEP_YEAR, 50, 18262 }, { STEP_YEAR, 100, 36525 },
};

/* How long a date at its precision lasts, in seconds. */
static gint64
precision_length (const BriefingDate *date)
{
  switch (date->precision)
    {
    case BRIEFING_DATE_PRECISION_YEAR: return 365 * 86400;
    case BRIEFING_DATE_PRECISION_MONTH: return 30 * 86400;
    case BRIEFING_DATE_PRECISION_DAY: return 86400;
    case BRIEFING_DATE_PRECISION_EXACT:
    default: return 0;
    }
}

/* The time an event is drawn at (the middle of its first day, month or year) and, for an event
 * over several days, when it ends. */
static void
event_times (BriefingEvent *event,
             gint64        *at,
             gint64        *start,
             gint64        *end)
{
  BriefingDate first = briefing_event_get_display_start (event);
  const BriefingDate *last = briefing_event_get_end (event);

  *start = briefing_date_to_unix (&first);
  *at = *start + precision_length (&first) / 2;
  *end = *start + precision_length (&first);
  if (last != NULL && briefing_date_is_set (last))
    *end = MAX (*end, briefing_date_to_unix (last) + precision_length (last));
}

static gboolean
is_after_briefing (const Timeline *timeline,
                   gint64          start)
{
  return timeline->briefing_date > 0 && start > timeline->briefing_date;
}

static double
time_to_x (const Timeline *timeline,
           double          x0,
           double          x1,
           gint64          t)
{
  return x0 + (x1 - x0) * (double) (t - timeline->from) / (double) (timeline->to - timeline->from);
}

/* The same shapes as the window's timeline. */
static void
marker_path (cairo_t           *cr,
             BriefingEventKind  kind,
             double             x,
             double             y,
             double             r)
{
  cairo_new_path (cr);
  switch (kind)
    {
    case BRIEFING_EVENT_KIND_EXCHANGE:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    case BRIEFING_EVENT_KIND_PROPOSAL:
    case BRIEFING_EVENT_KIND_OTHER:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case BRIEFING_EVENT_KIND_MILITARY:
      cairo_move_to (cr, x, y - r * 1.1);
      cairo_line_to (cr, x + r * 1.15, y + r * 0.85);
      cairo_line_to (cr, x - r * 1.15, y + r * 0.85);
      cairo_close_path (cr);
      break;
    case BRIEFING_EVENT_KIND_DEADLINE:
      /* A pennant on a pole at the event's time. */
      cairo_move_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.5, y - r * 0.6);
      cairo_line_to (cr, x, y);
      break;
    case BRIEFING_EVENT_KIND_STATEMENT:
      /* Smaller than the round of talks, so the two circles differ without colour. */
      cairo_arc (cr, x, y, r * 0.75, 0, 2 * G_PI);
      break;
    case BRIEFING_EVENT_KIND_TALKS:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
set_kind_color (cairo_t           *cr,
                BriefingEventKind  kind,
                double             alpha)
{
  PangoColor rgb;

  pango_color_parse (&rgb, kind_colors[kind]);
  cairo_set_source_rgba (cr, rgb.red / 65535.0, rgb.green / 65535.0, rgb.blue / 65535.0, alpha);
}

static void
draw_marker (cairo_t           *cr,
             BriefingEventKind  kind,
             double             x,
             double             y,
             gboolean           hollow)
{
  marker_path (cr, kind, x, y, MARKER_RADIUS);
  if (hollow)
    briefing_page_set_ink (cr, BRIEFING_PAGE_INK_PAPER);
  else
    set_kind_color (cr, kind, 1);
  cairo_fill_preserve (cr);

  if (hollow)
    {
      set_kind_color (cr, kind, 1);
      cairo_set_line_width (cr, 1.1);
    }
  else
    {
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_set_line_width (cr, 0.5);
    }
  cairo_stroke (cr);
}

static void
show_text (BriefingPageLayout *self,
           cairo_t            *cr,
           BriefingPageStyle   style,
           const char         *words,
           double              size,
           double              x,
           double              baseline,
           double              align)
{
  PangoLayout *layout = briefing_page_layout_get_scratch (self, style, words);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_size_new_absolute (size * PANGO_SCALE));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_size (layout, &width, NULL);
  cairo_move_to (cr, x - align * pango_units_to_double (width), baseline);
  briefing_page_show_line (cr, pango_layout_get_line_readonly (layout, 0));
  cairo_new_path (cr);
}

/* Axis */

static GDateTime *
first_tick (gint64   from,
            StepUnit unit,
            guint    count)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (from);
  int year = g_date_time_get_year (day), month = g_date_time_get_month (day);

  switch (unit)
    {
    case STEP_DAY:
      if (count == 7 || count == 14)
        {
          g_autoptr(GDateTime) midnight = g_date_time_new_utc (year, month,
                                                               g_date_time_get_day_of_month (day),
                                                               0, 0, 0);

          return g_date_time_add_days (midnight, 1 - g_date_time_get_day_of_week (midnight));
        }
      return g_date_time_new_utc (year, month, g_date_time_get_day_of_month (day), 0, 0, 0);
    case STEP_MONTH:
      return g_date_time_new_utc (year, month - (month - 1) % count, 1, 0, 0, 0);
    case STEP_YEAR:
    default:
      return g_date_time_new_utc (MAX (1, year - year % count), 1, 1, 0, 0, 0);
    }
}

static GDateTime *
next_tick (GDateTime *tick,
           StepUnit   unit,
           guint      count)
{
  switch (unit)
    {
    case STEP_DAY: return g_date_time_add_days (tick, count);
    case STEP_MONTH: return g_date_time_add_months (tick, count);
    case STEP_YEAR:
    default: return g_date_time_add_years (tick, count);
    }
}

static void
draw_axis (BriefingPageLayout *self,
           cairo_t            *cr,
           const Timeline     *timeline,
           double              x0,
           double              x1,
           double              lanes_top,
           double              axis_y)
{
  double span_days = (timeline->to - timeline->from) / 86400.0;
  guint max_ticks = MAX (2, (guint) ((x1 - x0) / MIN_TICK_SPACE));
  guint s = 0, n = 0;
  double last_label_end = -G_MAXDOUBLE;
  int last_year = 0;
  g_autoptr(GDateTime) tick = NULL;

  while (s + 1 < G_N_ELEMENTS (steps) && span_days / steps[s].days > max_ticks)
    s++;

  cairo_new_path (cr);
  cairo_move_to (cr, x0 - PLOT_PAD / 2, axis_y);
  cairo_line_to (cr, x1 + PLOT_PAD / 2, axis_y);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_RULE);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);

  tick = first_tick (timeline->from, steps[s].unit, steps[s].count);
  while (tick != NULL && g_date_time_to_unix (tick) <= timeline->to && n++ < 400)
    {
      gint64 t = g_date_time_to_unix (tick);
      GDateTime *next;

      if (t >= timeline->from)
        {
          double x = time_to_x (timeline, x0, x1, t);
          int year = g_date_time_get_year (tick);
          gboolean new_year = last_year != 0 && year != last_year;
          BriefingPageTick format;
          g_autofree char *words = NULL;
          PangoLayout *layout;
          int width;

          if (steps[s].unit == STEP_YEAR)
            format = BRIEFING_PAGE_TICK_YEAR;
          else if (steps[s].unit == STEP_MONTH)
            format = last_year == 0 || g_date_time_get_month (tick) == 1
                       ? BRIEFING_PAGE_TICK_MONTH_WITH_YEAR : BRIEFING_PAGE_TICK_MONTH;
          else
            format = last_year == 0 || new_year ? BRIEFING_PAGE_TICK_DAY_WITH_YEAR
                                                : BRIEFING_PAGE_TICK_DAY;

          /* A faint line across the lanes, and a tick below the axis. */
          cairo_move_to (cr, x, lanes_top);
          cairo_line_to (cr, x, axis_y);
          briefing_page_set_ink (cr, BRIEFING_PAGE_INK_HAIRLINE);
          cairo_set_line_width (cr, 0.4);
          cairo_stroke (cr);
          cairo_move_to (cr, x, axis_y);
          cairo_line_to (cr, x, axis_y + 3);
          briefing_page_set_ink (cr, BRIEFING_PAGE_INK_RULE);
          cairo_set_line_width (cr, 0.6);
          cairo_stroke (cr);

          words = briefing_format_date_time (tick, briefing_page_tick_format (format));
          layout = briefing_page_layout_get_scratch (self, BRIEFING_PAGE_STYLE_RUNNING,
                                                     words != NULL ? words : "");
          pango_layout_get_size (layout, &width, NULL);
          if (x - pango_units_to_double (width) / 2 > last_label_end + 6 &&
              x + pango_units_to_double (width) / 2 <= x1 + PLOT_PAD)
            {
              briefing_page_set_ink (cr, BRIEFING_PAGE_INK_SECONDARY);
              show_text (self, cr, BRIEFING_PAGE_STYLE_RUNNING, words, 7, x, axis_y + 12, 0.5);
              last_label_end = x + pango_units_to_double (width) / 2;
              last_year = year;
            }
        }
      else
        last_year = 0;

      next = next_tick (tick, steps[s].unit, steps[s].count);
      g_date_time_unref (tick);
      tick = next;
    }
}

/* The drawing */

static void
draw_lanes (BriefingPageLayout *self,
            cairo_t            *cr,
            const Timeline     *timeline,
            double              x,
            double              width,
            double              lanes_top)
{
  for (guint kind = 0; kind < N_KINDS; kind++)
    {
      int lane = timeline->lane[kind];
      double top, cy;

      if (lane < 0)
        continue;

      top = lanes_top + lane * LANE_HEIGHT;
      cy = top + LANE_HEIGHT / 2;
      if (lane % 2 == 1)
        {
          cairo_rectangle (cr, x, top, width, LANE_HEIGHT);
          briefing_page_set_ink (cr, BRIEFING_PAGE_INK_FILL);
          cairo_fill (cr);
        }

      draw_marker (cr, kind, x + 6, cy, FALSE);
      briefing_page_set_ink (cr, BRIEFING_PAGE_INK_TEXT);
      show_text (self, cr, BRIEFING_PAGE_STYLE_RUNNING, briefing_event_kind_plural (kind), 7.5,
                 x + 15, cy + 2.7, 0);
    }
}

static void
draw_briefing_date (BriefingPageLayout *self,
                    cairo_t            *cr,
                    const Timeline     *timeline,
                    double              x0,
                    double              x1,
                    double              top,
                    double              axis_y)
{
  const char *words = briefing_page_label (BRIEFING_PAGE_LABEL_BRIEFING_DATE);
  double x;

  if (timeline->briefing_date < timeline->from || timeline->briefing_date > timeline->to)
    return;

  x = time_to_x (timeline, x0, x1, timeline->briefing_date);
  cairo_move_to (cr, x, top + 2);
  cairo_line_to (cr, x, axis_y);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_SECONDARY);
  cairo_set_line_width (cr, 0.6);
  cairo_set_dash (cr, (const double[]) { 2, 1.5 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* The label reads away from the line, towards the side with room. */
  show_text (self, cr, BRIEFING_PAGE_STYLE_RUNNING, words, 6.5, x > (x0 + x1) / 2 ? x - 3 : x + 3,
             top + 7, x > (x0 + x1) / 2 ? 1 : 0);
}

static void
draw_events (BriefingPageLayout *self,
             cairo_t            *cr,
             const Timeline     *timeline,
             double              x0,
             double              x1,
             double              lanes_top)
{
  /* Spans first, so that markers lie on top of them. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < timeline->events->len; i++)
      {
        BriefingComposedEvent *composed = g_ptr_array_index (timeline->events, i);
        BriefingEventKind kind = briefing_event_get_kind (composed->event);
        double cy = lanes_top + timeline->lane[kind] * LANE_HEIGHT + LANE_HEIGHT / 2;
        gint64 at, start, end;
        gboolean after;
        double xs, xe;

        event_times (composed->event, &at, &start, &end);
        after = is_after_briefing (timeline, start);
        xs = time_to_x (timeline, x0, x1, start);
        xe = time_to_x (timeline, x0, x1, end);

        if (pass == 0)
          {
            if (briefing_event_get_end (composed->event) == NULL || xe - xs < 2 * MARKER_RADIUS)
              continue;
            cairo_new_path (cr);
            cairo_rectangle (cr, xs, cy - 2.5, xe - xs, 5);
            set_kind_color (cr, kind, after ? 0.12 : 0.35);
            cairo_fill_preserve (cr);
            set_kind_color (cr, kind, 1);
            cairo_set_line_width (cr, 0.6);
            if (after)
              cairo_set_dash (cr, (const double[]) { 2, 1.5 }, 2, 0);
            cairo_stroke (cr);
            cairo_set_dash (cr, NULL, 0, 0);
            continue;
          }

        draw_marker (cr, kind, time_to_x (timeline, x0, x1, at), cy, after);

        if (kind == BRIEFING_EVENT_KIND_TALKS && briefing_event_get_round (composed->event) > 0)
          {
            char number[16];

            g_snprintf (number, sizeof number, "%u", briefing_event_get_round (composed->event));
            briefing_page_set_ink (cr, BRIEFING_PAGE_INK_TEXT);
            show_text (self, cr, BRIEFING_PAGE_STYLE_LABEL, number, 6.5,
                       time_to_x (timeline, x0, x1, at), cy - MARKER_RADIUS - 1.8, 0.5);
          }
      }
}

static void
draw_timeline (BriefingPageLayout *self,
               cairo_t            *cr,
               double              x,
               double              y,
               double              width,
               gpointer            data)
{
  const Timeline *timeline = data;
  double lanes_top = y + TOP_BAND;
  double axis_y = lanes_top + timeline->n_lanes * LANE_HEIGHT;
  double x0 = x + GUTTER + PLOT_PAD, x1 = x + width - PLOT_PAD;

  draw_lanes (self, cr, timeline, x, width, lanes_top);
  draw_axis (self, cr, timeline, x0, x1, lanes_top, axis_y);
  draw_briefing_date (self, cr, timeline, x0, x1, y, axis_y);
  draw_events (self, cr, timeline, x0, x1, lanes_top);

  /* The lane names stand apart from the plot. */
  cairo_move_to (cr, x + GUTTER, lanes_top);
  cairo_line_to (cr, x + GUTTER, axis_y);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_HAIRLINE);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
}

static Timeline *
timeline_new (BriefingComposition *composition)
{
  Timeline *timeline = g_new0 (Timeline, 1);
  gboolean kinds[N_KINDS] = { FALSE };
  gint64 from = G_MAXINT64, to = G_MININT64, pad;

  timeline->events = composition->events;
  for (guint i = 0; i < composition->events->len; i++)
    {
      BriefingComposedEvent *composed = g_ptr_array_index (composition->events, i);
      gint64 at, start, end;

      kinds[MIN (briefing_event_get_kind (composed->event), N_KINDS - 1)] = TRUE;
      event_times (composed->event, &at, &start, &end);
      from = MIN (from, start);
      to = MAX (to, end);
    }

  for (guint kind = 0; kind < N_KINDS; kind++)
    timeline->lane[kind] = kinds[kind] ? (int) timeline->n_lanes++ : -1;

  if (briefing_date_is_set (&composition->date))
    timeline->briefing_date = briefing_date_to_unix (&composition->date);

  /* At least a few days, with a little room at both ends. */
  if (to - from < 4 * 86400)
    {
      gint64 middle = from / 2 + to / 2;

      from = middle - 2 * 86400;
      to = middle + 2 * 86400;
    }
  pad = (to - from) / 30;
  timeline->from = from - pad;
  timeline->to = to + pad;

  return timeline;
}

/* The list */

static char *
join_names (GPtrArray *parties)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; parties != NULL && i < parties->len; i++)
    {
      if (i > 0)
        g_string_append (names, briefing_page_label (BRIEFING_PAGE_LABEL_LIST_SEPARATOR));
      g_string_append (names, briefing_party_get_name (g_ptr_array_index (parties, i)));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static BriefingPageBlock *
add_indented (BriefingPageLayout *self,
              BriefingPageText   *text)
{
  BriefingPageBlock *block = briefing_page_layout_add_text (self, text);

  block->indent += DATE_COLUMN;
  block->space_before = 0;
  block->space_after = 2;
  return block;
}

/* Room for the longest status word of the briefing's language ("Запропоновано"), never broken. */
static double
status_column_width (BriefingPageLayout *self)
{
  static const BriefingOutcomeStatus statuses[] = {
    BRIEFING_OUTCOME_STATUS_AGREED, BRIEFING_OUTCOME_STATUS_PENDING,
    BRIEFING_OUTCOME_STATUS_PROPOSED, BRIEFING_OUTCOME_STATUS_REJECTED, BRIEFING_OUTCOME_STATUS_DISCUSSED,
  };
  double width = STATUS_COLUMN;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      PangoLayout *layout = briefing_page_layout_get_scratch (self, BRIEFING_PAGE_STYLE_LABEL,
                                                              briefing_outcome_status_label (statuses[i]));
      int text_width;

      pango_layout_get_size (layout, &text_width, NULL);
      width = MAX (width, pango_units_to_double (text_width) + 8);
    }
  return MIN (width, STATUS_MAX);
}

static void
add_event (BriefingPageLayout    *self,
           BriefingComposedEvent *composed,
           double                 status_column)
{
  BriefingEvent *event = composed->event;
  BriefingDate start = briefing_event_get_display_start (event);
  g_autofree char *dates = briefing_date_format_range (&start, briefing_event_get_end (event));
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  const char *location = briefing_event_get_location (event);
  BriefingPageText *text;
  BriefingPageBlock *block;

  text = briefing_page_text_new (BRIEFING_PAGE_STYLE_BODY);
  briefing_page_text_append_span (text, briefing_event_get_title (event), BRIEFING_PAGE_SPAN_BOLD);
  briefing_page_text_append_refs (text, self, composed->sources);
  block = add_indented (self, text);
  block->space_before = 10;
  block->keep_with_next = TRUE;
  block->label = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);
  briefing_page_text_append (block->label, dates);
  block->label_width = DATE_COLUMN;

  g_ptr_array_add (facts, g_strdup (briefing_event_kind_label (briefing_event_get_kind (event))));
  if (briefing_event_get_round (event) > 0)
    g_ptr_array_add (facts, briefing_page_format_round (briefing_event_get_round (event)));
  if (location != NULL && *location != '\0')
    g_ptr_array_add (facts, g_strdup (location));
  if (composed->participants != NULL && composed->participants->len > 0)
    {
      g_autofree char *names = join_names (composed->participants);

      g_ptr_array_add (facts, briefing_page_format_participants (names));
    }
  if (composed->mediators != NULL && composed->mediators->len > 0)
    {
      g_autofree char *names = join_names (composed->mediators);

      g_ptr_array_add (facts, briefing_page_format_mediators (names));
    }

  text = briefing_page_text_new (BRIEFING_PAGE_STYLE_META);
  for (guint i = 0; i < facts->len; i++)
    {
      if (i > 0)
        briefing_page_text_append (text, " · ");
      briefing_page_text_append (text, g_ptr_array_index (facts, i));
    }
  block = add_indented (self, text);
  block->space_after = 4;

  if (composed->disputed != NULL)
    {
      g_autofree char *words = briefing_page_format_disputed (composed->disputed);

      text = briefing_page_text_new (BRIEFING_PAGE_STYLE_META);
      briefing_page_text_append_span (text, words, BRIEFING_PAGE_SPAN_ITALIC);
      block = add_indented (self, text);
    }

  for (guint i = 0; composed->outcomes != NULL && i < composed->outcomes->len; i++)
    {
      BriefingComposedOutcome *outcome = g_ptr_array_index (composed->outcomes, i);

      text = briefing_page_text_new (BRIEFING_PAGE_STYLE_BODY);
      if (outcome->statement != NULL)
        {
          briefing_page_text_append (text, outcome->statement->text);
          briefing_page_text_append_refs (text, self, outcome->statement->sources);
        }
      if (outcome->disputed != NULL)
        {
          g_autofree char *words = briefing_page_format_disputed (outcome->disputed);

          briefing_page_text_append (text, "\n");
          briefing_page_text_append_span (text, words,
                                          BRIEFING_PAGE_SPAN_SANS | BRIEFING_PAGE_SPAN_ITALIC |
                                          BRIEFING_PAGE_SPAN_SECONDARY);
        }
      block = add_indented (self, text);
      block->indent += status_column;
      block->space_after = 3;
      block->label = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);
      briefing_page_text_append (block->label, briefing_outcome_status_label (outcome->status));
      block->label_width = status_column;
    }

  block->space_after = 6;
}

void
briefing_page_layout_add_timeline (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;
  Timeline *timeline;
  double status_column;

  g_return_if_fail (composition->events->len > 0);

  timeline = timeline_new (composition);
  briefing_page_layout_add_graphic (self, TOP_BAND + timeline->n_lanes * LANE_HEIGHT + AXIS_HEIGHT,
                                    draw_timeline, timeline, g_free)->keep_with_next = TRUE;
  briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_META,
                                      briefing_page_label (BRIEFING_PAGE_LABEL_TIMELINE_KEY))
    ->space_after = 4;

  status_column = status_column_width (self);
  for (guint i = 0; i < composition->events->len; i++)
    add_event (self, g_ptr_array_index (composition->events, i), status_column);
}
