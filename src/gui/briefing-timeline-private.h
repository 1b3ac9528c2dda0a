/* SPDX-License-Identifier: GPL-3.0-or-later */
/* BriefingTimeline's insides, shared by its behaviour (briefing-timeline.c, and
 * briefing-timeline-input.c for the pointer), what it keeps between frames
 * (briefing-timeline-cache.c) and its drawing (briefing-timeline-draw.c for the events,
 * briefing-timeline-axis.c for the lanes and the axis). Geometry is worked out in "reading"
 * coordinates u, which run from the start edge (where the lane labels are) towards the end edge,
 * and are mirrored into x for right-to-left. */
#pragma once

#include "briefing-timeline-layout-private.h"
#include "briefing-timeline.h"

G_BEGIN_DECLS

#define TIMELINE_AXIS_HEIGHT 46
#define TIMELINE_LANE_HEIGHT 36
#define TIMELINE_BOTTOM_PAD 6
#define TIMELINE_PLOT_PAD 14

typedef enum
{
  TIMELINE_MARKER_FILLED, /* it happened */
  TIMELINE_MARKER_HOLLOW, /* it is still to come */
  TIMELINE_MARKER_LEGEND, /* the small one beside a lane's name */
  TIMELINE_N_MARKERS
} TimelineMarker;

/* Small images that repeat nodes tile. */
typedef enum
{
  TIMELINE_TILE_HATCH,     /* 8 × 8: a diagonal line */
  TIMELINE_TILE_DASH,      /* 7 × 2: a dash 4 long, for lines across */
  TIMELINE_TILE_DASH_DOWN, /* 2 × 9: a dash 5 long, for lines down */
  TIMELINE_N_TILES
} TimelineTile;

/* The colour of a tile: a kind's, or this for the text's, faded. */
#define TIMELINE_TEXT_COLOR BRIEFING_TIMELINE_N_KINDS

struct _BriefingTimeline
{
  GtkWidget               parent_instance;

  /* Owned */
  GListModel             *events;
  BriefingTimelineLayout *layout;
  BriefingEvent          *selected;
  GArray                 *label_hits;   /* TimelineLabelHit, labels drawn in the last frame */
  gulong                  items_changed_id;

  gint64                  visible_start;
  gint64                  visible_end;
  gint64                  now;
  gint64                  drag_start;   /* visible_start when the drag began */
  double                  pointer_x;    /* -1 when the pointer is elsewhere */

  /* Where time goes along u, kept up to date with the size, the range and the gutter */
  int                     width;
  BriefingTimelineScale   scale;

  /* Derived from the style and the events, dropped when either changes
   * (briefing-timeline-cache.c) */
  gboolean                style_valid;
  char                   *font;
  GdkRGBA                 fg;
  GdkRGBA                 accent;
  GdkRGBA                 accent_fg;
  GdkRGBA                 bg;
  GdkRGBA                 kind_color[BRIEFING_TIMELINE_N_KINDS];
  double                  min_tick_px[BRIEFING_TIMELINE_N_UNITS];
  int                     gutter;
  GHashTable             *label_cache;  /* item index → TimelineLabel */
  GHashTable             *text_cache;   /* style letter + text → PangoLayout */
  cairo_surface_t        *markers[BRIEFING_TIMELINE_N_KINDS][TIMELINE_N_MARKERS];
  GdkTexture             *tiles[BRIEFING_TIMELINE_N_KINDS + 1][TIMELINE_N_TILES];
};

/* An event's label, shaped once and shortened with an ellipsis when the lane has less room. */
typedef struct
{
  PangoLayout *layout;
  int          natural;
  int          height;
  int          width_set; /* -1: not shortened */
} TimelineLabel;

typedef struct
{
  guint           index;
  graphene_rect_t bounds;
} TimelineLabelHit;

/* briefing-timeline.c */
/* Zooms by @factor (below 1 zooms in) keeping the time at @anchor of the plot (0 = start edge,
 * 1 = end edge) in place. */
void           briefing_timeline_zoom_around       (BriefingTimeline           *self,
                                                    double                      anchor,
                                                    double                      factor);
/* Moves the visible range by @delta seconds. */
void           briefing_timeline_pan               (BriefingTimeline           *self,
                                                    gint64                      delta);
/* Emits "event-activated". */
void           briefing_timeline_activate_event    (BriefingTimeline           *self,
                                                    BriefingEvent              *event);

/* briefing-timeline-input.c */
void           briefing_timeline_init_input        (BriefingTimeline           *self);

/* briefing-timeline-cache.c */
void           briefing_timeline_init_caches       (BriefingTimeline           *self);
void           briefing_timeline_clear_caches      (BriefingTimeline           *self);
/* Drops what was derived from the style, the fonts, the direction or the events. */
void           briefing_timeline_invalidate_style  (BriefingTimeline           *self);
/* Whether the colours or the font differ from those the caches were made with. */
gboolean       briefing_timeline_style_differs     (BriefingTimeline           *self);
void           briefing_timeline_ensure_style      (BriefingTimeline           *self);
/* Style 'n' normal, 's' small, 'b' bold, 'B' small bold. (transfer none) */
PangoLayout   *briefing_timeline_text              (BriefingTimeline           *self,
                                                    char                        style,
                                                    const char                 *text);
int            briefing_timeline_text_width        (BriefingTimeline           *self,
                                                    char                        style,
                                                    const char                 *text);
TimelineLabel *briefing_timeline_label             (BriefingTimeline           *self,
                                                    guint                       index);
void           briefing_timeline_label_fit         (TimelineLabel              *label,
                                                    int                         width);
/* The marker of @kind as an image @size pixels square, its centre in the middle; images rather
 * than textures, as all of a frame's markers go into one cairo node. (transfer none) */
cairo_surface_t *briefing_timeline_marker          (BriefingTimeline           *self,
                                                    guint                       kind,
                                                    TimelineMarker              marker,
                                                    int                        *size);
/* @tile in the colour of @kind or TIMELINE_TEXT_COLOR; @size is set to its size. (transfer none) */
GdkTexture    *briefing_timeline_tile              (BriefingTimeline           *self,
                                                    guint                       kind,
                                                    TimelineTile                tile,
                                                    graphene_size_t            *size);

/* briefing-timeline-axis.c */
void           briefing_timeline_snapshot_lanes    (BriefingTimeline           *self,
                                                    GtkSnapshot                *snapshot);
/* Today's line, the ticks and their labels, and the selected event's dates. */
void           briefing_timeline_snapshot_axis     (BriefingTimeline           *self,
                                                    GtkSnapshot                *snapshot,
                                                    double                      height);

/* briefing-timeline-draw.c */
void           briefing_timeline_snapshot_contents (BriefingTimeline           *self,
                                                    GtkSnapshot                *snapshot);
void           briefing_timeline_update_geometry   (BriefingTimeline           *self);
gboolean       briefing_timeline_is_rtl            (BriefingTimeline           *self);
double         briefing_timeline_plot_start        (BriefingTimeline           *self);
double         briefing_timeline_plot_end          (BriefingTimeline           *self);
double         briefing_timeline_time_to_u         (BriefingTimeline           *self,
                                                    gint64                      t);
double         briefing_timeline_u_to_x            (BriefingTimeline           *self,
                                                    double                      u);
double         briefing_timeline_lane_center       (guint                       lane);
/* The frame's scale, brought up to date with the style. */
const BriefingTimelineScale *briefing_timeline_get_scale (BriefingTimeline     *self);
/* Drawing in u: rectangles and text mirrored for right-to-left. */
graphene_rect_t briefing_timeline_rect             (BriefingTimeline           *self,
                                                    double                      u0,
                                                    double                      u1,
                                                    double                      y,
                                                    double                      height);
void           briefing_timeline_append_rect       (BriefingTimeline           *self,
                                                    GtkSnapshot                *snapshot,
                                                    const GdkRGBA              *color,
                                                    double                      alpha,
                                                    double                      u0,
                                                    double                      u1,
                                                    double                      y,
                                                    double                      height);
/* @layout from @u in reading order, @width wide, its top at @y. */
void           briefing_timeline_append_text       (BriefingTimeline           *self,
                                                    GtkSnapshot                *snapshot,
                                                    PangoLayout                *layout,
                                                    const GdkRGBA              *color,
                                                    double                      u,
                                                    double                      width,
                                                    double                      y);
void           briefing_timeline_append_pill       (GtkSnapshot                *snapshot,
                                                    const GdkRGBA              *fill,
                                                    const graphene_rect_t      *bounds,
                                                    double                      radius);
/* @tile of @kind's colour repeated over @bounds. */
void           briefing_timeline_append_tiles      (BriefingTimeline           *self,
                                                    GtkSnapshot                *snapshot,
                                                    guint                       kind,
                                                    TimelineTile                tile,
                                                    const graphene_rect_t      *bounds);
void           briefing_timeline_draw_marker       (BriefingTimeline           *self,
                                                    cairo_t                    *cr,
                                                    guint                       kind,
                                                    TimelineMarker              marker,
                                                    double                      u,
                                                    double                      cy);

/* Tooltip markup for the event under @x, @y; NULL when there is none. */
char          *briefing_timeline_dup_tooltip_markup (BriefingTimeline          *self,
                                                     double                     x,
                                                     double                     y);

G_END_DECLS
