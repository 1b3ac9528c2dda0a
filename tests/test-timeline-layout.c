/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline's arithmetic without a display: events as spans, lanes, the visible items found by
 * binary search, the calendar ticks of the axis, and zooming. */
#include "config.h"

#include <glib.h>

#include "briefing-timeline-layout-private.h"

#define TALKS BRIEFING_EVENT_KIND_TALKS
#define EXCHANGE BRIEFING_EVENT_KIND_EXCHANGE
#define DEADLINE BRIEFING_EVENT_KIND_DEADLINE
#define OTHER BRIEFING_EVENT_KIND_OTHER

static gint64
utc (int year,
     int month,
     int day,
     int hour)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, 0, 0);

  return g_date_time_to_unix (dt);
}

static BriefingEvent *
make_event (const char        *id,
            BriefingEventKind  kind,
            const char        *start,
            const char        *end)
{
  BriefingDate date;
  BriefingEvent *event;

  g_assert_true (briefing_date_parse (start, &date, NULL));
  event = briefing_event_new (id, kind, id, &date);
  if (end != NULL)
    {
      g_assert_true (briefing_date_parse (end, &date, NULL));
      briefing_event_set_end (event, &date);
    }

  return event;
}

static GListStore *
sample_store (void)
{
  GListStore *store = g_list_store_new (BRIEFING_TYPE_EVENT);
  g_autoptr(BriefingEvent) round2 = make_event ("round2", TALKS, "2025-06-02", NULL);
  g_autoptr(BriefingEvent) exchange = make_event ("exchange", EXCHANGE, "2025-05-23", "2025-05-25");
  g_autoptr(BriefingEvent) august = make_event ("august", DEADLINE, "2025-08-31", NULL);
  g_autoptr(BriefingEvent) year = make_event ("year", OTHER, "2026", NULL);
  g_autoptr(BriefingEvent) round1 = make_event ("round1", TALKS, "2025-05-16", NULL);

  briefing_event_set_precision (august, BRIEFING_DATE_PRECISION_MONTH);
  g_list_store_append (store, round2);
  g_list_store_append (store, exchange);
  g_list_store_append (store, august);
  g_list_store_append (store, year);
  g_list_store_append (store, round1);

  return store;
}

static const BriefingTimelineItem *
find_item (BriefingTimelineLayout *layout,
           GListModel             *events,
           guint                   position)
{
  g_autoptr(BriefingEvent) event = g_list_model_get_item (events, position);
  guint index;

  g_assert_true (briefing_timeline_layout_find (layout, event, &index));
  return briefing_timeline_layout_get_item (layout, index);
}

static void
test_spans (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(BriefingTimelineLayout) layout = briefing_timeline_layout_new (G_LIST_MODEL (store));
  const BriefingTimelineItem *item;

  /* A day: the whole day, its marker at midday. */
  item = find_item (layout, G_LIST_MODEL (store), 0);
  g_assert_cmpint (item->start, ==, utc (2025, 6, 2, 0));
  g_assert_cmpint (item->end, ==, utc (2025, 6, 3, 0));
  g_assert_cmpint (item->at, ==, utc (2025, 6, 2, 12));
  g_assert_cmpint (item->flags, ==, 0);

  /* A range: through its last day. */
  item = find_item (layout, G_LIST_MODEL (store), 1);
  g_assert_cmpint (item->start, ==, utc (2025, 5, 23, 0));
  g_assert_cmpint (item->end, ==, utc (2025, 5, 26, 0));
  g_assert_cmpint (item->flags, ==, BRIEFING_TIMELINE_ITEM_RANGE);

  /* Known to the month: the whole month, never a made-up day. */
  item = find_item (layout, G_LIST_MODEL (store), 2);
  g_assert_cmpint (item->start, ==, utc (2025, 8, 1, 0));
  g_assert_cmpint (item->end, ==, utc (2025, 9, 1, 0));
  g_assert_cmpint (item->flags, ==, BRIEFING_TIMELINE_ITEM_IMPRECISE);

  item = find_item (layout, G_LIST_MODEL (store), 3);
  g_assert_cmpint (item->start, ==, utc (2026, 1, 1, 0));
  g_assert_cmpint (item->end, ==, utc (2027, 1, 1, 0));
  g_assert_cmpint (item->flags, ==, BRIEFING_TIMELINE_ITEM_IMPRECISE);
}

static void
test_order_and_lanes (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(BriefingTimelineLayout) layout = briefing_timeline_layout_new (G_LIST_MODEL (store));
  static const char *order[] = { "round1", "exchange", "round2", "august", "year" };
  gint64 start, end;

  g_assert_cmpuint (briefing_timeline_layout_get_n_items (layout), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      BriefingEvent *event = briefing_timeline_layout_get_item (layout, i)->event;

      g_assert_cmpstr (briefing_event_get_id (event), ==, order[i]);
    }

  /* Lanes for the kinds that occur, in the vocabulary's order. */
  g_assert_cmpuint (briefing_timeline_layout_get_n_lanes (layout), ==, 4);
  g_assert_cmpint (briefing_timeline_layout_get_lane_kind (layout, 0), ==, TALKS);
  g_assert_cmpint (briefing_timeline_layout_get_lane_kind (layout, 1), ==, EXCHANGE);
  g_assert_cmpint (briefing_timeline_layout_get_lane_kind (layout, 2), ==, DEADLINE);
  g_assert_cmpint (briefing_timeline_layout_get_lane_kind (layout, 3), ==, OTHER);
  g_assert_cmpuint (briefing_timeline_layout_get_item (layout, 0)->next_in_lane, ==, 2);
  g_assert_cmpuint (briefing_timeline_layout_get_item (layout, 2)->next_in_lane, ==, G_MAXUINT);

  g_assert_true (briefing_timeline_layout_get_extent (layout, &start, &end));
  g_assert_cmpint (start, ==, utc (2025, 5, 16, 0));
  g_assert_cmpint (end, ==, utc (2027, 1, 1, 0));

  /* Items change with the model and the layout is made again. */
  g_list_store_remove_all (store);
  g_clear_pointer (&layout, briefing_timeline_layout_free);
  layout = briefing_timeline_layout_new (G_LIST_MODEL (store));
  g_assert_cmpuint (briefing_timeline_layout_get_n_lanes (layout), ==, 0);
  g_assert_false (briefing_timeline_layout_get_extent (layout, &start, &end));
}

/* The binary search finds every item that overlaps a range, compared with looking at all of
 * them. */
static void
test_visible (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_EVENT);
  g_autoptr(BriefingTimelineLayout) layout = NULL;
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 3000; i++)
    {
      int year = g_rand_int_range (rand, 10, 30), month = g_rand_int_range (rand, 1, 13);
      g_autofree char *start = g_strdup_printf ("20%02d-%02d-%02d", year, month,
                                                g_rand_int_range (rand, 1, 29));
      g_autofree char *end = g_strdup_printf ("20%02d-12-31", g_rand_int_range (rand, 30, 35));
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autoptr(BriefingEvent) event = make_event (id, g_rand_int_range (rand, 0, 7), start,
                                                   i % 50 == 0 ? end : NULL);

      g_list_store_append (store, event);
    }
  layout = briefing_timeline_layout_new (G_LIST_MODEL (store));

  for (guint round = 0; round < 200; round++)
    {
      gint64 s = utc (2009, 1, 1, 0) + (gint64) g_rand_int_range (rand, 0, 25 * 365) * 86400;
      gint64 e = s + (gint64) g_rand_int_range (rand, 1, 400) * 86400;
      guint first, last, n = briefing_timeline_layout_get_n_items (layout);

      briefing_timeline_layout_get_visible (layout, s, e, &first, &last);
      g_assert_cmpuint (first, <=, last);
      for (guint i = 0; i < n; i++)
        {
          const BriefingTimelineItem *item = briefing_timeline_layout_get_item (layout, i);
          gboolean overlaps = item->end >= s && item->start <= e;

          if (overlaps)
            g_assert_true (i >= first && i < last);
        }
      if (last > first)
        g_assert_cmpint (briefing_timeline_layout_get_item (layout, last - 1)->start, <=, e);
    }

  g_rand_free (rand);
}

static gint64
floor_tick (const BriefingTimelineTicks *ticks,
            int                          year,
            int                          month,
            int                          day,
            int                          hour)
{
  return briefing_timeline_ticks_floor (ticks, utc (year, month, day, hour));
}

static gint64
next_tick (const BriefingTimelineTicks *ticks,
           int                          year,
           int                          month,
           int                          day,
           int                          hour)
{
  return briefing_timeline_ticks_next (ticks, utc (year, month, day, hour));
}

static void
test_ticks (void)
{
  const double min_px[BRIEFING_TIMELINE_N_UNITS] = { 48, 26, 40, 44 };
  BriefingTimelineTicks ticks, major;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;
  gint64 t;

  /* A hundred days over 900 pixels: every week, grouped by month. */
  ticks = briefing_timeline_ticks_choose (100 * 86400, 900, min_px);
  g_assert_cmpint (ticks.unit, ==, BRIEFING_TIMELINE_UNIT_DAY);
  g_assert_cmpuint (ticks.step, ==, 7);
  g_assert_true (briefing_timeline_ticks_major (&ticks, &major));
  g_assert_cmpint (major.unit, ==, BRIEFING_TIMELINE_UNIT_MONTH);

  /* 1, 8, 15 and 22 of each month: no stub of a week before the 1st. */
  g_assert_cmpint (floor_tick (&ticks, 2025, 5, 30, 10), ==, utc (2025, 5, 22, 0));
  g_assert_cmpint (next_tick (&ticks, 2025, 5, 22, 0), ==, utc (2025, 6, 1, 0));
  g_assert_cmpint (next_tick (&ticks, 2025, 6, 1, 0), ==, utc (2025, 6, 8, 0));

  day = briefing_timeline_format_tick (&ticks, FALSE, utc (2025, 6, 8, 0));
  month = briefing_timeline_format_tick (&major, TRUE, utc (2025, 6, 1, 0));
  g_assert_cmpstr (day, ==, "8");
  g_assert_cmpstr (month, ==, "June 2025");

  /* Zoomed out: quarters, then decades. */
  ticks = briefing_timeline_ticks_choose (5 * 366 * 86400, 900, min_px);
  g_assert_cmpint (ticks.unit, ==, BRIEFING_TIMELINE_UNIT_MONTH);
  g_assert_cmpuint (ticks.step, ==, 3);
  g_assert_cmpint (floor_tick (&ticks, 2025, 5, 20, 0), ==, utc (2025, 4, 1, 0));
  g_assert_cmpint (next_tick (&ticks, 2025, 10, 1, 0), ==, utc (2026, 1, 1, 0));

  ticks = briefing_timeline_ticks_choose ((gint64) 150 * 366 * 86400, 900, min_px);
  g_assert_cmpint (ticks.unit, ==, BRIEFING_TIMELINE_UNIT_YEAR);
  g_assert_cmpuint (ticks.step, ==, 10);
  g_assert_false (briefing_timeline_ticks_major (&ticks, &major));
  g_assert_cmpint (floor_tick (&ticks, 2025, 5, 20, 0), ==, utc (2020, 1, 1, 0));
  g_assert_cmpint (floor_tick (&ticks, 1969, 5, 20, 0), ==, utc (1960, 1, 1, 0));
  year = briefing_timeline_format_tick (&ticks, FALSE, utc (1960, 1, 1, 0));
  g_assert_cmpstr (year, ==, "1960");

  /* Zoomed in: hours. */
  ticks = briefing_timeline_ticks_choose (12 * 3600, 900, min_px);
  g_assert_cmpint (ticks.unit, ==, BRIEFING_TIMELINE_UNIT_HOUR);
  g_assert_cmpint (briefing_timeline_ticks_floor (&ticks, utc (2025, 6, 2, 10) + 1800), ==,
                   utc (2025, 6, 2, 10));
  t = briefing_timeline_unit_end (BRIEFING_TIMELINE_UNIT_MONTH, utc (2024, 2, 1, 0));
  g_assert_cmpint (t, ==, utc (2024, 3, 1, 0));
}

static void
test_zoom (void)
{
  gint64 start = utc (2025, 1, 1, 0), end = utc (2025, 12, 31, 0), s, e;
  gint64 pivot = start + (end - start) / 4;

  /* Around a point a quarter of the way in: it stays a quarter of the way in. */
  s = start, e = end;
  briefing_timeline_range_zoom (&s, &e, 0.25, 0.5);
  g_assert_cmpint (e - s, ==, (end - start) / 2);
  g_assert_cmpint (ABS (s + (e - s) / 4 - pivot), <=, 1);

  /* Not narrower than six hours, nor wider than four centuries. */
  briefing_timeline_range_zoom (&s, &e, 0.5, 1e-9);
  g_assert_cmpint (e - s, ==, BRIEFING_TIMELINE_MIN_SPAN);
  briefing_timeline_range_zoom (&s, &e, 0.5, 1e9);
  g_assert_cmpint (e - s, ==, BRIEFING_TIMELINE_MAX_SPAN);

  /* Not before the year 1. */
  s = start, e = end;
  briefing_timeline_range_shift (&s, &e, G_MININT64 / 2);
  g_assert_cmpint (s, ==, utc (1, 1, 1, 0));
  g_assert_cmpint (e - s, ==, end - start);

  /* Revealing moves the range as little as it can, a tenth of it to spare. */
  s = utc (2025, 1, 1, 0), e = s + 100 * 86400;
  briefing_timeline_range_reveal (&s, &e, s + 50 * 86400, s + 51 * 86400);
  g_assert_cmpint (s, ==, utc (2025, 1, 1, 0));
  briefing_timeline_range_reveal (&s, &e, utc (2025, 5, 1, 0), utc (2025, 5, 2, 0));
  g_assert_cmpint (e, ==, utc (2025, 5, 2, 0) + 10 * 86400);
  g_assert_cmpint (e - s, ==, 100 * 86400);
  briefing_timeline_range_reveal (&s, &e, utc (2024, 1, 1, 0), utc (2026, 1, 1, 0));
  g_assert_cmpint (s, ==, utc (2024, 1, 1, 0) - 10 * 86400);

  /* Fitting leaves a margin on both sides. */
  briefing_timeline_range_fit (start, end, &s, &e);
  g_assert_cmpint (s, <, start);
  g_assert_cmpint (e, >, end);
}

/* A hundred days on a thousand pixels from 1 May 2025, the plot starting at 100. */
static const BriefingTimelineScale *
sample_scale (void)
{
  static BriefingTimelineScale scale;

  scale.origin = utc (2025, 5, 1, 0);
  scale.start = 100;
  scale.end = 1100;
  scale.pad = 14;
  scale.px_per_second = 1000.0 / (100 * 86400);
  return &scale;
}

static void
test_placement (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(BriefingTimelineLayout) layout = briefing_timeline_layout_new (G_LIST_MODEL (store));
  const BriefingTimelineScale *scale = sample_scale ();
  BriefingTimelinePlacement p;
  double u, width;
  gint64 t;

  /* A day's marker at midday, ten pixels a day. */
  briefing_timeline_place (scale, find_item (layout, G_LIST_MODEL (store), 0), &p);
  g_assert_false (p.box);
  g_assert_cmpfloat_with_epsilon (p.mu, 100 + 32.5 * 10, 1e-6);
  t = briefing_timeline_scale_to_time (scale, 555.5);
  g_assert_cmpfloat_with_epsilon (briefing_timeline_scale_to_u (scale, t), 555.5, 0.01);

  /* Three days from 23 May are a span of thirty pixels with the marker inside. */
  briefing_timeline_place (scale, find_item (layout, G_LIST_MODEL (store), 1), &p);
  g_assert_true (p.box);
  g_assert_cmpfloat_with_epsilon (p.u0, 320, 1e-6);
  g_assert_cmpfloat_with_epsilon (p.u1, 350, 1e-6);
  g_assert_cmpfloat (p.mu, >, p.u0);
  g_assert_cmpfloat (p.mu, <, p.u1);

  /* A whole label goes after the span; with the lane taken after it, before it; with no room at
   * all, nowhere; with a little room, shortened. */
  g_assert_true (briefing_timeline_place_label (scale, &p, 120, -G_MAXDOUBLE, G_MAXDOUBLE, &u,
                                                &width));
  g_assert_cmpfloat (u, ==, 356);
  g_assert_cmpfloat (width, ==, 120);
  g_assert_true (briefing_timeline_place_label (scale, &p, 120, -G_MAXDOUBLE, 400, &u, &width));
  g_assert_cmpfloat (u + width, ==, 314);
  g_assert_false (briefing_timeline_place_label (scale, &p, 120, 300, 380, &u, &width));
  g_assert_true (briefing_timeline_place_label (scale, &p, 120, 300, 420, &u, &width));
  g_assert_cmpfloat (u, ==, 356);
  g_assert_cmpfloat (width, ==, 64);
}

static void
test_hit (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(BriefingTimelineLayout) layout = briefing_timeline_layout_new (G_LIST_MODEL (store));
  const BriefingTimelineScale *scale = sample_scale ();
  g_autoptr(BriefingEvent) event = g_list_model_get_item (G_LIST_MODEL (store), 0);
  guint round2;

  g_assert_true (briefing_timeline_layout_find (layout, event, &round2));

  /* The second round's marker at 425 in the talks lane, and a few pixels off it; not elsewhere. */
  g_assert_cmpuint (briefing_timeline_layout_hit (layout, scale, 0, 425), ==, round2);
  g_assert_cmpuint (briefing_timeline_layout_hit (layout, scale, 0, 433), ==, round2);
  g_assert_cmpuint (briefing_timeline_layout_hit (layout, scale, 0, 600), ==, G_MAXUINT);
  g_assert_cmpuint (briefing_timeline_layout_hit (layout, scale, 1, 425), ==, G_MAXUINT);

  /* Anywhere in the exchange's span. */
  g_assert_cmpuint (briefing_timeline_layout_hit (layout, scale, 1, 345), !=, G_MAXUINT);
}

static void
test_describe (void)
{
  g_autoptr(BriefingEvent) round2 = make_event ("round2", TALKS, "2025-06-02", NULL);
  g_autoptr(BriefingEvent) exchange = make_event ("exchange", EXCHANGE, "2025-05-23", "2025-05-25");
  g_autofree char *talks = NULL;
  g_autofree char *range = NULL;
  g_autofree char *tooltip = NULL;

  briefing_event_set_title (round2, "Second round of direct talks");
  briefing_event_set_round (round2, 2);
  talks = briefing_timeline_describe_event (round2);
  range = briefing_timeline_describe_event (exchange);
  g_assert_cmpstr (talks, ==, "Second round of direct talks — Talks, round 2, 2 June 2025");
  g_assert_cmpstr (range, ==, "exchange — Exchange, 23–25 May 2025");

  /* Tooltips are markup: titles are escaped. */
  briefing_event_set_title (exchange, "1,000 <for> 1,000");
  tooltip = briefing_timeline_format_tooltip (exchange);
  g_assert_cmpstr (tooltip, ==, "<b>1,000 &lt;for&gt; 1,000</b>\nExchange · 23–25 May 2025");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/spans", test_spans);
  g_test_add_func ("/timeline-layout/order-and-lanes", test_order_and_lanes);
  g_test_add_func ("/timeline-layout/visible", test_visible);
  g_test_add_func ("/timeline-layout/ticks", test_ticks);
  g_test_add_func ("/timeline-layout/zoom", test_zoom);
  g_test_add_func ("/timeline-layout/placement", test_placement);
  g_test_add_func ("/timeline-layout/hit", test_hit);
  g_test_add_func ("/timeline-layout/describe", test_describe);

  return g_test_run ();
}
