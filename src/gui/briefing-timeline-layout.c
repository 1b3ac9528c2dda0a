/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-labels.h"
#include "briefing-timeline-layout-private.h"

#define DAY (G_GINT64_CONSTANT (86400))
#define MIN_BOX_WIDTH 10

/* The calendar's limits: 0001-01-01 and 10000-01-01. */
#define FIRST_SECOND (G_GINT64_CONSTANT (-62135596800))
#define LAST_SECOND (G_GINT64_CONSTANT (253402300800))

struct _BriefingTimelineLayout
{
  GArray     *items;      /* BriefingTimelineItem, by start */
  gint64     *max_end;    /* the latest end among items[0..i] */
  GHashTable *index_of;   /* BriefingEvent → index + 1 */
  guint8      lane_kind[BRIEFING_TIMELINE_N_KINDS];
  guint       n_lanes;
};

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's algorithms). */
static gint64
days_from_civil (gint64 y,
                 int    m,
                 int    d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64  z,
                 gint64 *year,
                 int    *month,
                 int    *day)
{
  gint64 era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = doy - (153 * mp + 2) / 5 + 1;
  *month = mp < 10 ? mp + 3 : mp - 9;
  *year = yoe + era * 400 + (*month <= 2);
}

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static int
days_in_month (gint64 year,
               int    month)
{
  return days_from_civil (month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) -
         days_from_civil (year, month, 1);
}

/* The first second of the month @index months after January of the year 0. */
static gint64
month_start (gint64 index)
{
  gint64 year = floor_div (index, 12);

  return days_from_civil (year, index - year * 12 + 1, 1) * DAY;
}

/* The first second after the period @date names at its precision. */
static gint64
period_end (const BriefingDate *date)
{
  switch (date->precision)
    {
    case BRIEFING_DATE_PRECISION_YEAR:
      return days_from_civil (date->year + 1, 1, 1) * DAY;
    case BRIEFING_DATE_PRECISION_MONTH:
      return month_start ((gint64) date->year * 12 + date->month);
    case BRIEFING_DATE_PRECISION_DAY:
      return briefing_date_to_unix (date) + DAY;
    case BRIEFING_DATE_PRECISION_EXACT:
    default:
      return briefing_date_to_unix (date);
    }
}

static void
item_init (BriefingTimelineItem *item,
           BriefingEvent        *event)
{
  BriefingDate start = briefing_event_get_display_start (event);
  const BriefingDate *end = briefing_event_get_end (event);
  gint64 duration = briefing_event_get_duration (event);

  item->event = g_object_ref (event);
  item->kind = MIN (briefing_event_get_kind (event), BRIEFING_EVENT_KIND_OTHER);
  item->flags = 0;
  item->start = briefing_date_to_unix (&start);
  item->end = period_end (&start);

  if (start.precision <= BRIEFING_DATE_PRECISION_MONTH)
    item->flags |= BRIEFING_TIMELINE_ITEM_IMPRECISE;

  if (end != NULL && briefing_date_is_set (end) && period_end (end) > item->end)
    {
      item->end = period_end (end);
      item->flags |= BRIEFING_TIMELINE_ITEM_RANGE;
    }
  else if (start.precision == BRIEFING_DATE_PRECISION_EXACT && duration > 0)
    {
      item->end = item->start + duration;
      item->flags |= BRIEFING_TIMELINE_ITEM_RANGE;
    }

  /* A day's marker sits in the middle of the day, between the axis's midnight ticks. */
  item->at = item->start + (item->end - item->start) / 2;
  if (item->flags & BRIEFING_TIMELINE_ITEM_RANGE)
    item->at = item->start;
}

static void
item_clear (gpointer data)
{
  BriefingTimelineItem *item = data;

  g_clear_object (&item->event);
}

static int
item_compare (gconstpointer a,
              gconstpointer b)
{
  const BriefingTimelineItem *ia = a, *ib = b;

  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;

  return briefing_event_compare (ia->event, ib->event);
}

BriefingTimelineLayout *
briefing_timeline_layout_new (GListModel *events)
{
  BriefingTimelineLayout *self = g_new0 (BriefingTimelineLayout, 1);
  guint n = events != NULL ? g_list_model_get_n_items (events) : 0;
  int lane_of_kind[BRIEFING_TIMELINE_N_KINDS];
  guint last_in_lane[BRIEFING_TIMELINE_N_KINDS];
  gboolean present[BRIEFING_TIMELINE_N_KINDS] = { FALSE };

  self->items = g_array_sized_new (FALSE, FALSE, sizeof (BriefingTimelineItem), n);
  g_array_set_clear_func (self->items, item_clear);
  self->index_of = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      BriefingTimelineItem item;

      item_init (&item, event);
      present[item.kind] = TRUE;
      g_array_append_val (self->items, item);
    }

  g_array_sort (self->items, item_compare);

  for (guint k = 0; k < BRIEFING_TIMELINE_N_KINDS; k++)
    {
      lane_of_kind[k] = present[k] ? (int) self->n_lanes : -1;
      if (present[k])
        self->lane_kind[self->n_lanes++] = k;
      last_in_lane[k] = G_MAXUINT;
    }

  self->max_end = g_new (gint64, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      BriefingTimelineItem *item = &g_array_index (self->items, BriefingTimelineItem, i);

      item->lane = lane_of_kind[item->kind];
      self->max_end[i] = i > 0 ? MAX (self->max_end[i - 1], item->end) : item->end;
      g_hash_table_insert (self->index_of, item->event, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = n; i-- > 0;)
    {
      BriefingTimelineItem *item = &g_array_index (self->items, BriefingTimelineItem, i);

      item->next_in_lane = last_in_lane[item->lane];
      last_in_lane[item->lane] = i;
    }

  return self;
}

void
briefing_timeline_layout_free (BriefingTimelineLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->items);
  g_hash_table_unref (self->index_of);
  g_free (self->max_end);
  g_free (self);
}

guint
briefing_timeline_layout_get_n_items (BriefingTimelineLayout *self)
{
  return self->items->len;
}

const BriefingTimelineItem *
briefing_timeline_layout_get_item (BriefingTimelineLayout *self,
                                   guint                   index)
{
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, BriefingTimelineItem, index);
}

gboolean
briefing_timeline_layout_find (BriefingTimelineLayout *self,
                               BriefingEvent          *event,
                               guint                  *index)
{
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of, event));

  if (found == 0)
    return FALSE;

  if (index != NULL)
    *index = found - 1;
  return TRUE;
}

guint
briefing_timeline_layout_get_n_lanes (BriefingTimelineLayout *self)
{
  return self->n_lanes;
}

BriefingEventKind
briefing_timeline_layout_get_lane_kind (BriefingTimelineLayout *self,
                                        guint                   lane)
{
  g_return_val_if_fail (lane < self->n_lanes, BRIEFING_EVENT_KIND_OTHER);

  return self->lane_kind[lane];
}

gboolean
briefing_timeline_layout_get_extent (BriefingTimelineLayout *self,
                                     gint64                 *start,
                                     gint64                 *end)
{
  guint n = self->items->len;

  if (n == 0)
    return FALSE;

  *start = g_array_index (self->items, BriefingTimelineItem, 0).start;
  *end = self->max_end[n - 1];
  return TRUE;
}

void
briefing_timeline_layout_get_visible (BriefingTimelineLayout *self,
                                      gint64                  start,
                                      gint64                  end,
                                      guint                  *first,
                                      guint                  *last)
{
  guint lo = 0, hi = self->items->len;

  /* The first item whose running maximum end reaches @start: none before it can. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->max_end[mid] < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo;

  /* The first item that starts after @end. */
  hi = self->items->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->items, BriefingTimelineItem, mid).start <= end)
        lo = mid + 1;
      else
        hi = mid;
    }
  *last = lo;
}

double
briefing_timeline_scale_to_u (const BriefingTimelineScale *scale,
                              gint64                       t)
{
  return scale->start + (double) (t - scale->origin) * scale->px_per_second;
}

gint64
briefing_timeline_scale_to_time (const BriefingTimelineScale *scale,
                                 double                       u)
{
  return scale->origin + (gint64) floor ((u - scale->start) / scale->px_per_second);
}

double
briefing_timeline_marker_radius (guint kind)
{
  switch (kind)
    {
    case BRIEFING_EVENT_KIND_TALKS: return 11;
    case BRIEFING_EVENT_KIND_EXCHANGE: return 8;
    case BRIEFING_EVENT_KIND_PROPOSAL: return 6;
    case BRIEFING_EVENT_KIND_STATEMENT: return 5;
    case BRIEFING_EVENT_KIND_MILITARY: return 7.5;
    case BRIEFING_EVENT_KIND_DEADLINE: return 8;
    case BRIEFING_EVENT_KIND_OTHER:
    default: return 4.5;
    }
}

void
briefing_timeline_place (const BriefingTimelineScale *scale,
                         const BriefingTimelineItem  *item,
                         BriefingTimelinePlacement   *p)
{
  p->radius = briefing_timeline_marker_radius (item->kind);
  p->box = FALSE;

  if (item->flags & (BRIEFING_TIMELINE_ITEM_RANGE | BRIEFING_TIMELINE_ITEM_IMPRECISE))
    {
      /* Far off-screen ends are cut so the numbers stay small. */
      double low = scale->start - scale->pad - 100, high = scale->end + scale->pad + 100;

      p->u0 = CLAMP (briefing_timeline_scale_to_u (scale, item->start), low, high);
      p->u1 = CLAMP (briefing_timeline_scale_to_u (scale, item->end), low, high);
      p->box = p->u1 - p->u0 >= MIN_BOX_WIDTH;
    }

  if (p->box)
    {
      p->mu = p->u1 - p->u0 >= 2 * p->radius + 10 ? p->u0 + p->radius + 5 : (p->u0 + p->u1) / 2;
      return;
    }

  p->mu = briefing_timeline_scale_to_u (scale, item->at);
  p->u0 = p->mu - p->radius;
  p->u1 = p->mu + p->radius;
}

/* From @after to @before at most, within [@free0, @free1]; shortened, but not below the minimum. */
static gboolean
fit_label (double  after,
           double  before,
           double  free0,
           double  free1,
           int     natural,
           double *u,
           double *width)
{
  int least = MIN (natural, BRIEFING_TIMELINE_MIN_LABEL_WIDTH);

  if (after >= free0 && after + least <= MIN (before, free1))
    {
      *u = after;
      *width = MIN (natural, MIN (before, free1) - after);
      return TRUE;
    }

  return FALSE;
}

gboolean
briefing_timeline_place_label (const BriefingTimelineScale     *scale,
                               const BriefingTimelinePlacement *p,
                               int                              natural,
                               double                           free0,
                               double                           free1,
                               double                          *u,
                               double                          *width)
{
  double inside = MAX (p->mu + p->radius + BRIEFING_TIMELINE_LABEL_GAP, scale->start + 4);
  double after = (p->box ? p->u1 : p->mu + p->radius) + BRIEFING_TIMELINE_LABEL_GAP;
  double before = (p->box ? p->u0 : p->mu - p->radius) - BRIEFING_TIMELINE_LABEL_GAP;
  double inner_end = p->u1 - 4;

  free1 = MIN (free1, scale->end + scale->pad - 2);
  if (p->box && inside + natural <= MIN (inner_end, free1) &&
      fit_label (inside, inner_end, free0, free1, natural, u, width))
    return TRUE;
  if (after + natural <= free1 && fit_label (after, free1, free0, free1, natural, u, width))
    return TRUE;
  if (before - natural >= MAX (free0, scale->start) &&
      fit_label (before - natural, before, free0, free1, natural, u, width))
    return TRUE;
  if (fit_label (after, free1, free0, free1, natural, u, width))
    return TRUE;
  return p->box && fit_label (inside, inner_end, free0, free1, natural, u, width);
}

guint
briefing_timeline_layout_hit (BriefingTimelineLayout      *self,
                              const BriefingTimelineScale *scale,
                              guint                        lane,
                              double                       u)
{
  gint64 t = briefing_timeline_scale_to_time (scale, u);
  gint64 reach = (gint64) (16 / scale->px_per_second) + 1;
  double best = G_MAXDOUBLE;
  guint first, last, found = G_MAXUINT;

  /* The nearest marker, or the span under @u. */
  briefing_timeline_layout_get_visible (self, t - reach, t + reach, &first, &last);
  for (guint i = first; i < last; i++)
    {
      const BriefingTimelineItem *item = &g_array_index (self->items, BriefingTimelineItem, i);
      BriefingTimelinePlacement p;
      double distance;

      if (item->lane != lane)
        continue;

      briefing_timeline_place (scale, item, &p);
      distance = fabs (u - p.mu);
      if (u < p.u0 - 3 || u > p.u1 + 3 || (p.box && distance > p.radius))
        distance = p.box && u >= p.u0 && u <= p.u1 ? p.radius + 1 : G_MAXDOUBLE;
      if (distance < best)
        {
          best = distance;
          found = i;
        }
    }

  return found;
}

static double
unit_seconds (BriefingTimelineUnit unit)
{
  switch (unit)
    {
    case BRIEFING_TIMELINE_UNIT_HOUR: return 3600;
    case BRIEFING_TIMELINE_UNIT_DAY: return DAY;
    case BRIEFING_TIMELINE_UNIT_MONTH: return 30.44 * DAY;
    case BRIEFING_TIMELINE_UNIT_YEAR:
    case BRIEFING_TIMELINE_N_UNITS:
    default: return 365.25 * DAY;
    }
}

BriefingTimelineTicks
briefing_timeline_ticks_choose (gint64        span,
                                double        width,
                                const double *min_px)
{
  static const BriefingTimelineTicks candidates[] = {
    { BRIEFING_TIMELINE_UNIT_HOUR, 1 }, { BRIEFING_TIMELINE_UNIT_HOUR, 3 },
    { BRIEFING_TIMELINE_UNIT_HOUR, 6 }, { BRIEFING_TIMELINE_UNIT_HOUR, 12 },
    { BRIEFING_TIMELINE_UNIT_DAY, 1 }, { BRIEFING_TIMELINE_UNIT_DAY, 2 },
    { BRIEFING_TIMELINE_UNIT_DAY, 7 }, { BRIEFING_TIMELINE_UNIT_MONTH, 1 },
    { BRIEFING_TIMELINE_UNIT_MONTH, 3 }, { BRIEFING_TIMELINE_UNIT_MONTH, 6 },
    { BRIEFING_TIMELINE_UNIT_YEAR, 1 }, { BRIEFING_TIMELINE_UNIT_YEAR, 2 },
    { BRIEFING_TIMELINE_UNIT_YEAR, 5 }, { BRIEFING_TIMELINE_UNIT_YEAR, 10 },
    { BRIEFING_TIMELINE_UNIT_YEAR, 20 }, { BRIEFING_TIMELINE_UNIT_YEAR, 50 },
    { BRIEFING_TIMELINE_UNIT_YEAR, 100 },
  };
  double px_per_second = width / MAX (span, 1);

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      const BriefingTimelineTicks *c = &candidates[i];

      if (unit_seconds (c->unit) * c->step * px_per_second >= min_px[c->unit])
        return *c;
    }

  return candidates[G_N_ELEMENTS (candidates) - 1];
}

gboolean
briefing_timeline_ticks_major (const BriefingTimelineTicks *ticks,
                               BriefingTimelineTicks       *major)
{
  if (ticks->unit == BRIEFING_TIMELINE_UNIT_YEAR)
    return FALSE;

  major->unit = ticks->unit + 1;
  major->step = 1;
  return TRUE;
}

gint64
briefing_timeline_ticks_floor (const BriefingTimelineTicks *ticks,
                               gint64                       t)
{
  gint64 days = floor_div (t, DAY), year, month_index;
  int month, day;

  civil_from_days (days, &year, &month, &day);

  switch (ticks->unit)
    {
    case BRIEFING_TIMELINE_UNIT_HOUR:
      return floor_div (t, 3600 * ticks->step) * 3600 * ticks->step;
    case BRIEFING_TIMELINE_UNIT_DAY:
      /* Days of the month 1, 1 + step…, with no stub of a cell before the 1st. */
      day = 1 + (day - 1) / ticks->step * ticks->step;
      if (day + (int) ticks->step > days_in_month (year, month) + 1)
        day -= ticks->step;
      return days_from_civil (year, month, MAX (day, 1)) * DAY;
    case BRIEFING_TIMELINE_UNIT_MONTH:
      month_index = floor_div (year * 12 + month - 1, ticks->step) * ticks->step;
      return month_start (month_index);
    case BRIEFING_TIMELINE_UNIT_YEAR:
    case BRIEFING_TIMELINE_N_UNITS:
    default:
      return days_from_civil (floor_div (year, ticks->step) * ticks->step, 1, 1) * DAY;
    }
}

gint64
briefing_timeline_ticks_next (const BriefingTimelineTicks *ticks,
                              gint64                       t)
{
  gint64 year;
  int month, day;

  civil_from_days (floor_div (t, DAY), &year, &month, &day);

  switch (ticks->unit)
    {
    case BRIEFING_TIMELINE_UNIT_HOUR:
      return t + 3600 * ticks->step;
    case BRIEFING_TIMELINE_UNIT_DAY:
      day += ticks->step;
      if (day + (int) ticks->step > days_in_month (year, month) + 1)
        return month_start (year * 12 + month);
      return days_from_civil (year, month, day) * DAY;
    case BRIEFING_TIMELINE_UNIT_MONTH:
      return month_start (year * 12 + month - 1 + ticks->step);
    case BRIEFING_TIMELINE_UNIT_YEAR:
    case BRIEFING_TIMELINE_N_UNITS:
    default:
      return days_from_civil (year + ticks->step, 1, 1) * DAY;
    }
}

gint64
briefing_timeline_unit_end (BriefingTimelineUnit unit,
                            gint64               t)
{
  BriefingTimelineTicks one = { unit, 1 };

  return briefing_timeline_ticks_next (&one, briefing_timeline_ticks_floor (&one, t));
}

const char *
briefing_timeline_ticks_format (const BriefingTimelineTicks *ticks,
                                gboolean                     major)
{
  switch (ticks->unit)
    {
    case BRIEFING_TIMELINE_UNIT_HOUR:
      /* Translators: an hour on the timeline's axis; g_date_time_format() format */
      return C_("timeline axis", "%H:%M");
    case BRIEFING_TIMELINE_UNIT_DAY:
      if (major)
        /* Translators: the day that groups hours on the timeline's axis; a g_date_time_format()
         * format */
        return C_("timeline axis", "%-d %B %Y");
      /* Translators: a day of the month on the timeline's axis; a g_date_time_format() format */
      /* xgettext:no-c-format */
      return C_("timeline axis", "%-d");
    case BRIEFING_TIMELINE_UNIT_MONTH:
      if (major)
        /* Translators: the month that groups days on the timeline's axis; a g_date_time_format()
         * format */
        return C_("timeline axis", "%OB %Y");
      /* Translators: a month on the timeline's axis (%b: abbreviated name); a g_date_time_format()
       * format */
      return C_("timeline axis", "%Ob");
    case BRIEFING_TIMELINE_UNIT_YEAR:
    case BRIEFING_TIMELINE_N_UNITS:
    default:
      /* Translators: a year on the timeline's axis; g_date_time_format() format */
      return C_("timeline axis", "%Y");
    }
}

char *
briefing_timeline_format_tick (const BriefingTimelineTicks *ticks,
                               gboolean                     major,
                               gint64                       t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);

  if (dt == NULL)
    return g_strdup ("");

  return briefing_format_date_time (dt, briefing_timeline_ticks_format (ticks, major));
}

void
briefing_timeline_range_clamp (gint64 *start,
                               gint64 *end)
{
  gint64 span = CLAMP (*end - *start, BRIEFING_TIMELINE_MIN_SPAN, BRIEFING_TIMELINE_MAX_SPAN);
  gint64 middle = *start / 2 + *end / 2;

  *start = middle - span / 2;
  *end = *start + span;
  if (*start < FIRST_SECOND)
    {
      *start = FIRST_SECOND;
      *end = *start + span;
    }
  if (*end > LAST_SECOND)
    {
      *end = LAST_SECOND;
      *start = *end - span;
    }
}

void
briefing_timeline_range_zoom (gint64 *start,
                              gint64 *end,
                              double  anchor,
                              double  factor)
{
  double span = *end - *start;
  double pivot = *start + span * CLAMP (anchor, 0.0, 1.0);
  double new_span = CLAMP (span * factor, BRIEFING_TIMELINE_MIN_SPAN, BRIEFING_TIMELINE_MAX_SPAN);

  *start = (gint64) llround (pivot - new_span * CLAMP (anchor, 0.0, 1.0));
  *end = *start + (gint64) llround (new_span);
  briefing_timeline_range_clamp (start, end);
}

void
briefing_timeline_range_shift (gint64 *start,
                               gint64 *end,
                               gint64  delta)
{
  gint64 span = *end - *start;

  *start = CLAMP (*start + delta, FIRST_SECOND, LAST_SECOND - span);
  *end = *start + span;
}

void
briefing_timeline_range_reveal (gint64 *start,
                                gint64 *end,
                                gint64  first,
                                gint64  last)
{
  gint64 span = *end - *start, margin = span / 10;

  if (last - first > span - 2 * margin || first < *start + margin)
    briefing_timeline_range_shift (start, end, first - (*start + margin));
  else if (last > *end - margin)
    briefing_timeline_range_shift (start, end, last - (*end - margin));
}

void
briefing_timeline_range_fit (gint64  first,
                             gint64  last,
                             gint64 *start,
                             gint64 *end)
{
  gint64 margin = MAX ((last - first) / 25, DAY / 2);

  *start = first - margin;
  *end = last + margin;
  briefing_timeline_range_clamp (start, end);
}

char *
briefing_timeline_format_dates (BriefingEvent *event)
{
  BriefingDate start = briefing_event_get_display_start (event);

  return briefing_date_format_range (&start, briefing_event_get_end (event));
}

char *
briefing_timeline_describe_event (BriefingEvent *event)
{
  g_autofree char *dates = briefing_timeline_format_dates (event);
  BriefingEventKind kind = briefing_event_get_kind (event);
  const char *title = briefing_event_get_title (event), *label = briefing_event_kind_label (kind);
  guint round = briefing_event_get_round (event);

  if (kind == BRIEFING_EVENT_KIND_TALKS && round > 0)
    /* Translators: an event read out by a screen reader: title, kind, round number, dates */
    return g_strdup_printf (_("%s — %s, round %u, %s"), title, label, round, dates);

  /* Translators: an event read out by a screen reader: title, kind, dates */
  return g_strdup_printf (_("%s — %s, %s"), title, label, dates);
}

char *
briefing_timeline_format_tooltip (BriefingEvent *event)
{
  g_autofree char *dates = briefing_timeline_format_dates (event);
  g_autofree char *kind = NULL;
  const char *title = briefing_event_get_title (event);
  const char *label = briefing_event_kind_label (briefing_event_get_kind (event));
  const char *location = briefing_event_get_location (event);
  guint round = briefing_event_get_round (event);

  if (briefing_event_get_kind (event) == BRIEFING_EVENT_KIND_TALKS && round > 0)
    /* Translators: the kind of a round of talks and its number, in a tooltip: "Talks, round 2" */
    kind = g_strdup_printf (_("%s, round %u"), label, round);
  else
    kind = g_strdup (label);

  if (location != NULL)
    /* Translators: a tooltip: the event's title, its kind, its dates and its place */
    return g_markup_printf_escaped (_("<b>%s</b>\n%s · %s\n%s"), title, kind, dates, location);

  /* Translators: a tooltip: the event's title, its kind and its dates */
  return g_markup_printf_escaped (_("<b>%s</b>\n%s · %s"), title, kind, dates);
}
