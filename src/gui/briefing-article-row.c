/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-article-row"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-article-row.h"
#include "briefing-enum-types.h"
#include "briefing-labels.h"

#define HEADLINE_LINES 2
#define COLUMN_SPACING 10   /* between the text and the grade */
#define LINE_SPACING   3    /* between the headline and the byline */
#define GRADE_PADDING_X 4   /* inside the grade's frame */
#define GRADE_PADDING_Y 1
#define GRADE_MIN_WIDTH 18  /* its frame, for a one-letter grade */
#define GRADE_RADIUS   4
#define BYLINE_SCALE   0.9  /* of the row's font; drawn at BYLINE_ALPHA */
#define BYLINE_ALPHA   0.7
#define GRADE_SCALE    0.8  /* bold; drawn at GRADE_ALPHA, its frame at GRADE_FRAME_ALPHA */
#define GRADE_ALPHA    0.8
#define GRADE_FRAME_ALPHA 0.3

/* The row draws its text itself, at a height that depends only on its fonts: two lines of
 * headline and one of byline (under a one-line headline, the room left is below the byline).
 * Rebinding a row to another article then changes no size, so a list of 100 000 jumps without
 * laying out the hundreds of rows it keeps around the visible ones, or relaying out the window;
 * only the rows on screen lay their text out, when they are drawn. Its look is set here, from the
 * row's font and colour (the CSS of .article-row); the constants above are that look. */
struct _BriefingArticleRow
{
  GtkWidget             parent_instance;

  BriefingArticle      *article;
  char                 *byline;
  const char           *grade;          /* the grade's letter, or NULL */
  char                 *grade_tooltip;

  /* Made when drawn, dropped when the article or the fonts change. */
  PangoLayout          *headline_layout;
  PangoLayout          *byline_layout;
  PangoLayout          *grade_layout;

  /* The fonts, from the row's own (its CSS), and the heights they give; NULL until measured. */
  const struct _Look   *look;
};

/* What a row's font gives it: the fonts of its parts and the heights they take. Rows with the same
 * font in the same context (font map, resolution, font options, language), as a list's rows are,
 * share one, made once rather than by each row the list makes. */
typedef struct _Look
{
  /* What it is made from */
  PangoFontDescription *font;
  PangoFontMap         *font_map;
  double                resolution;
  cairo_font_options_t *options;        /* NULL: the defaults */
  PangoLanguage        *language;

  PangoFontDescription *headline_font;
  PangoFontDescription *byline_font;
  PangoFontDescription *grade_font;
  int                   headline_line;  /* the height of one line of headline */
  int                   byline_height;
  int                   grade_height;   /* with its frame */
  int                   char_width;     /* an average character's width, for the natural width */
} Look;

/* The looks made last, newest first; rows hold a reference to theirs. */
#define N_LOOKS 4
static GPtrArray *looks;

G_DEFINE_FINAL_TYPE (BriefingArticleRow, briefing_article_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_byline (BriefingArticle *article)
{
  const char *publisher = briefing_article_get_publisher (article);
  const BriefingDate *published = briefing_article_get_published (article);
  g_autofree char *date = NULL;

  if (published != NULL && briefing_date_is_set (published))
    {
      /* A day is enough in a list; the reader shows the time. */
      BriefingDatePrecision precision = MIN (published->precision, BRIEFING_DATE_PRECISION_DAY);
      BriefingDate day = briefing_date_coarsen (published, precision);

      date = briefing_date_format (&day);
    }

  if (publisher != NULL && date != NULL)
    /* Translators: an article's publisher and date, e.g. "Reuters · 2 June 2025" */
    return g_strdup_printf (C_("article byline", "%s · %s"), publisher, date);

  return g_strdup (publisher != NULL ? publisher : date);
}

static void
drop_layouts (BriefingArticleRow *self)
{
  g_clear_object (&self->headline_layout);
  g_clear_object (&self->byline_layout);
  g_clear_object (&self->grade_layout);
}

static PangoFontDescription *
scaled_font (const PangoFontDescription *font,
             double                      scale,
             PangoWeight                 weight)
{
  PangoFontDescription *scaled = pango_font_description_copy (font);
  int size = pango_font_description_get_size (font);

  if (size > 0)
    {
      if (pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_absolute_size (scaled, size * scale);
      else
        pango_font_description_set_size (scaled, (int) (size * scale));
    }
  pango_font_description_set_weight (scaled, weight);
  return scaled;
}

static int
text_height (PangoContext               *context,
             const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  int height;

  pango_layout_set_text (layout, "Ág", -1);
  pango_layout_set_font_description (layout, font);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
look_clear (gpointer data)
{
  Look *look = data;

  pango_font_description_free (look->font);
  g_object_unref (look->font_map);
  g_clear_pointer (&look->options, cairo_font_options_destroy);
  pango_font_description_free (look->headline_font);
  pango_font_description_free (look->byline_font);
  pango_font_description_free (look->grade_font);
}

static void
look_release (gpointer look)
{
  g_rc_box_release_full (look, look_clear);
}

static gboolean
look_matches (const Look                 *look,
              PangoContext               *context,
              const PangoFontDescription *font)
{
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);

  return look->font_map == pango_context_get_font_map (context) &&
         look->resolution == pango_cairo_context_get_resolution (context) &&
         look->language == pango_context_get_language (context) &&
         (look->options == NULL ? options == NULL : options != NULL && cairo_font_options_equal (look->options, options)) &&
         pango_font_description_equal (look->font, font);
}

static Look *
look_new (PangoContext               *context,
          const PangoFontDescription *font)
{
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  Look *look = g_rc_box_new0 (Look);
  PangoFontMetrics *metrics;

  look->font = pango_font_description_copy (font);
  look->font_map = g_object_ref (pango_context_get_font_map (context));
  look->resolution = pango_cairo_context_get_resolution (context);
  look->options = options != NULL ? cairo_font_options_copy (options) : NULL;
  look->language = pango_context_get_language (context);

  look->headline_font = scaled_font (font, 1.0, PANGO_WEIGHT_BOLD);
  look->byline_font = scaled_font (font, BYLINE_SCALE, pango_font_description_get_weight (font));
  look->grade_font = scaled_font (font, GRADE_SCALE, PANGO_WEIGHT_BOLD);
  look->headline_line = text_height (context, look->headline_font);
  look->byline_height = text_height (context, look->byline_font);
  look->grade_height = text_height (context, look->grade_font) + 2 * (GRADE_PADDING_Y + 1);

  metrics = pango_context_get_metrics (context, font, NULL);
  look->char_width = PANGO_PIXELS (pango_font_metrics_get_approximate_char_width (metrics));
  pango_font_metrics_unref (metrics);
  return look;
}

/* The row's look, found again when the row's font has changed (its CSS, the settings). */
static void
update_fonts (BriefingArticleRow *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  Look *look = NULL;

  if (self->look != NULL && look_matches (self->look, context, font))
    return;

  if (looks == NULL)
    looks = g_ptr_array_new_with_free_func (look_release);
  for (guint i = 0; i < looks->len && look == NULL; i++)
    if (look_matches (looks->pdata[i], context, font))
      look = looks->pdata[i];
  if (look == NULL)
    {
      look = look_new (context, font);
      g_ptr_array_insert (looks, 0, look);
      if (looks->len > N_LOOKS)
        g_ptr_array_remove_index (looks, looks->len - 1);
    }

  g_clear_pointer ((gpointer *) &self->look, look_release);
  self->look = g_rc_box_acquire (look);
  drop_layouts (self);
}

static PangoLayout *
make_layout (BriefingArticleRow         *self,
             const char                 *text,
             const PangoFontDescription *font)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_font_description (layout, font);
  return layout;
}

/* The width the grade takes with its frame and spacing; 0 without a grade. */
static int
grade_width (BriefingArticleRow *self)
{
  int width;

  if (self->grade == NULL)
    return 0;
  if (self->grade_layout == NULL)
    self->grade_layout = make_layout (self, self->grade, self->look->grade_font);
  pango_layout_get_pixel_size (self->grade_layout, &width, NULL);
  return MAX (width + 2 * (GRADE_PADDING_X + 1), GRADE_MIN_WIDTH) + COLUMN_SPACING;
}

static GtkSizeRequestMode
briefing_article_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
briefing_article_row_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (widget);

  update_fonts (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The text ends in an ellipsis: it asks for a few characters, and would like thirty. Room
       * for the widest grade is kept whether or not this article has one. */
      int grade = 3 * self->look->char_width + 2 * (GRADE_PADDING_X + 1) + COLUMN_SPACING;

      *minimum = grade + 6 * self->look->char_width;
      *natural = grade + 30 * self->look->char_width;
    }
  else
    {
      int text = HEADLINE_LINES * self->look->headline_line + LINE_SPACING + self->look->byline_height;

      *minimum = *natural = MAX (text, self->look->grade_height);
    }
}

static void
briefing_article_row_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  int grade, text_width, text_x, headline_height;
  GdkRGBA color, dim;

  if (self->article == NULL)
    return;

  update_fonts (self);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  grade = grade_width (self);
  text_width = MAX (width - grade, 1);
  text_x = rtl ? grade : 0;

  if (self->headline_layout == NULL)
    {
      self->headline_layout = make_layout (self, briefing_article_get_headline (self->article), self->look->headline_font);
      pango_layout_set_wrap (self->headline_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (self->headline_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (self->headline_layout, -HEADLINE_LINES);
    }
  if (self->byline_layout == NULL)
    {
      self->byline_layout = make_layout (self, self->byline != NULL ? self->byline : "", self->look->byline_font);
      pango_layout_set_ellipsize (self->byline_layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_width (self->headline_layout, text_width * PANGO_SCALE);
  pango_layout_set_width (self->byline_layout, text_width * PANGO_SCALE);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (text_x, 0));
  gtk_snapshot_append_layout (snapshot, self->headline_layout, &color);
  /* Under the headline as it is: a one-line headline leaves its room below the byline. */
  pango_layout_get_pixel_size (self->headline_layout, NULL, &headline_height);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, MIN (headline_height, HEADLINE_LINES * self->look->headline_line) +
                                                             LINE_SPACING));
  dim = color;
  dim.alpha *= BYLINE_ALPHA;
  gtk_snapshot_append_layout (snapshot, self->byline_layout, &dim);
  gtk_snapshot_restore (snapshot);

  if (grade > 0)
    {
      int frame_width = grade - COLUMN_SPACING, layout_width;
      float x = rtl ? 0 : width - frame_width;
      GskRoundedRect frame;
      GdkRGBA frame_color = color, text_color = color;

      frame_color.alpha *= GRADE_FRAME_ALPHA * GRADE_ALPHA;
      text_color.alpha *= GRADE_ALPHA;
      gsk_rounded_rect_init_from_rect (&frame, &GRAPHENE_RECT_INIT (x, 0, frame_width, self->look->grade_height),
                                       GRADE_RADIUS);
      gtk_snapshot_append_border (snapshot, &frame, (float[4]) { 1, 1, 1, 1 },
                                  (GdkRGBA[4]) { frame_color, frame_color, frame_color, frame_color });
      pango_layout_get_pixel_size (self->grade_layout, &layout_width, NULL);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (frame_width - layout_width) / 2.0f,
                                                              GRADE_PADDING_Y + 1));
      gtk_snapshot_append_layout (snapshot, self->grade_layout, &text_color);
      gtk_snapshot_restore (snapshot);
    }
}

/* The grade's tooltip, over the grade. */
static gboolean
briefing_article_row_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_mode,
                                    GtkTooltip *tooltip)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int grade;

  update_fonts (self);
  grade = grade_width (self) - COLUMN_SPACING;

  if (self->grade_tooltip == NULL || grade <= 0 || y > self->look->grade_height)
    return FALSE;
  if (!keyboard_mode && (rtl ? x > grade : x < gtk_widget_get_width (widget) - grade))
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->grade_tooltip);
  return TRUE;
}

static void
briefing_article_row_direction_changed (GtkWidget        *widget,
                                        GtkTextDirection  previous)
{
  drop_layouts (BRIEFING_ARTICLE_ROW (widget));
  GTK_WIDGET_CLASS (briefing_article_row_parent_class)->direction_changed (widget, previous);
}

static void
briefing_article_row_dispose (GObject *object)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (object);

  drop_layouts (self);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (briefing_article_row_parent_class)->dispose (object);
}

static void
briefing_article_row_finalize (GObject *object)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (object);

  g_free (self->byline);
  g_free (self->grade_tooltip);
  g_clear_pointer ((gpointer *) &self->look, look_release);

  G_OBJECT_CLASS (briefing_article_row_parent_class)->finalize (object);
}

static void
briefing_article_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_article_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      briefing_article_row_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_article_row_class_init (BriefingArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_article_row_dispose;
  object_class->finalize = briefing_article_row_finalize;
  object_class->get_property = briefing_article_row_get_property;
  object_class->set_property = briefing_article_row_set_property;

  widget_class->get_request_mode = briefing_article_row_get_request_mode;
  widget_class->measure = briefing_article_row_measure;
  widget_class->snapshot = briefing_article_row_snapshot;
  widget_class->query_tooltip = briefing_article_row_query_tooltip;
  widget_class->direction_changed = briefing_article_row_direction_changed;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, BRIEFING_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "articlerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
briefing_article_row_init (BriefingArticleRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "article-row");
}

GtkWidget *
briefing_article_row_new (void)
{
  return g_object_new (BRIEFING_TYPE_ARTICLE_ROW, NULL);
}

BriefingArticle *
briefing_article_row_get_article (BriefingArticleRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE_ROW (self), NULL);

  return self->article;
}

void
briefing_article_row_set_article (BriefingArticleRow *self,
                                  BriefingArticle    *article)
{
  BriefingSourceGrade grade = BRIEFING_SOURCE_GRADE_NONE;
  g_autofree char *accessible = NULL;

  g_return_if_fail (BRIEFING_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || BRIEFING_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  g_clear_pointer (&self->byline, g_free);
  g_clear_pointer (&self->grade_tooltip, g_free);
  self->grade = NULL;
  drop_layouts (self);

  if (article != NULL)
    {
      const char *grade_label;

      self->byline = format_byline (article);
      grade = briefing_article_get_source_grade (article);
      grade_label = briefing_source_grade_label (grade);
      if (grade != BRIEFING_SOURCE_GRADE_NONE)
        {
          self->grade = briefing_enum_to_nick (BRIEFING_TYPE_SOURCE_GRADE, grade);
          if (grade_label != NULL)
            /* Translators: the tooltip of an article's source grade, e.g. "Source grade: B – usually reliable" */
            self->grade_tooltip = g_strdup_printf (_("Source grade: %s"), grade_label);
        }

      /* What the row shows, for screen readers: the headline, the byline, the grade. */
      accessible = g_strjoin (". ", briefing_article_get_headline (article),
                              self->byline != NULL ? self->byline : self->grade_tooltip,
                              self->byline != NULL ? self->grade_tooltip : NULL, NULL);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible != NULL ? accessible : "", -1);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), self->grade_tooltip != NULL);

  /* The same height whatever the article: only a redraw. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}
