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

struct _BriefingArticleRow
{
  GtkWidget        parent_instance;

  GtkLabel        *headline;
  GtkLabel        *byline;
  GtkLabel        *grade;

  BriefingArticle *article;

  /* The headline's height at a width, from one layout of its text: the label's own measuring lays
   * a wrapping text out several times over, and a list rebinds hundreds of rows at a jump. */
  int              measured_width;   /* -1 when not known */
  int              measured_height;
};

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

/* The height of the headline at @width, in pixels, as its label lays it out. Measuring
 * lays it out afresh (the font may have changed); allocating at the same width reuses that. */
static int
headline_height (BriefingArticleRow *self,
                 int                 width)
{
  const char *text = gtk_label_get_text (self->headline);
  g_autoptr(PangoLayout) layout = NULL;
  int text_width;

  if (text[0] == '\0')
    return 0;

  if (width == self->measured_width)
    return self->measured_height;

  /* Laid out on one line, which is quicker than wrapping: text wider than @width wraps, and then
   * takes all its lines, for it ends in an ellipsis. */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->headline), text);
  pango_layout_get_pixel_size (layout, &text_width, &self->measured_height);
  if (pango_layout_get_line_count (layout) > 1)
    {
      /* A line break of its own: lay it out as the label does. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -HEADLINE_LINES);
      pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, NULL, &self->measured_height);
    }
  else if (text_width > width)
    self->measured_height *= HEADLINE_LINES;
  self->measured_width = width;

  return self->measured_height;
}

/* The width of the grade with its spacing, 0 when hidden. */
static int
grade_width (BriefingArticleRow *self,
             int                *natural)
{
  int minimum;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->grade)))
    {
      *natural = 0;
      return 0;
    }

  gtk_widget_measure (GTK_WIDGET (self->grade), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, natural, NULL, NULL);
  *natural += COLUMN_SPACING;
  return minimum + COLUMN_SPACING;
}

static GtkSizeRequestMode
briefing_article_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
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
  int grade_minimum, grade_natural, byline_minimum, byline_natural;

  grade_minimum = grade_width (self, &grade_natural);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The headline wraps and ends in an ellipsis: it asks for no width of its own. */
      gtk_widget_measure (GTK_WIDGET (self->byline), orientation, -1, &byline_minimum, &byline_natural, NULL, NULL);
      *minimum = byline_minimum + grade_minimum;
      *natural = byline_natural + grade_natural;
    }
  else
    {
      int text_width = for_size < 0 ? G_MAXINT / PANGO_SCALE / 2 : MAX (for_size - grade_minimum, 0);
      int height;

      self->measured_width = -1;
      height = headline_height (self, text_width);
      int grade_height = 0;

      gtk_widget_measure (GTK_WIDGET (self->byline), orientation, text_width, &byline_minimum, NULL, NULL, NULL);
      height += LINE_SPACING + byline_minimum;
      if (gtk_widget_get_visible (GTK_WIDGET (self->grade)))
        gtk_widget_measure (GTK_WIDGET (self->grade), orientation, -1, &grade_height, NULL, NULL, NULL);

      *minimum = *natural = MAX (height, grade_height);
    }
}

static void
briefing_article_row_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int grade_natural, grade_minimum = grade_width (self, &grade_natural);
  int text_width = MAX (width - grade_minimum, 0);
  int headline = headline_height (self, text_width);
  int byline;

  gtk_widget_measure (GTK_WIDGET (self->byline), GTK_ORIENTATION_VERTICAL, text_width, &byline, NULL, NULL, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->headline), text_width, headline, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? grade_minimum : 0, 0)));
  gtk_widget_allocate (GTK_WIDGET (self->byline), text_width, byline, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? grade_minimum : 0,
                                                                            headline + LINE_SPACING)));

  if (grade_minimum > 0)
    {
      int grade_height;

      gtk_widget_measure (GTK_WIDGET (self->grade), GTK_ORIENTATION_VERTICAL, -1, &grade_height, NULL, NULL, NULL);
      gtk_widget_allocate (GTK_WIDGET (self->grade), grade_minimum - COLUMN_SPACING, grade_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? 0 : text_width + COLUMN_SPACING, 0)));
    }
}

static GtkLabel *
add_label (BriefingArticleRow *self,
           const char         *style_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, style_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return GTK_LABEL (label);
}

static void
briefing_article_row_dispose (GObject *object)
{
  BriefingArticleRow *self = BRIEFING_ARTICLE_ROW (object);

  g_clear_pointer ((GtkWidget **) &self->headline, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->byline, gtk_widget_unparent);
  g_clear_pointer ((GtkWidget **) &self->grade, gtk_widget_unparent);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (briefing_article_row_parent_class)->dispose (object);
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
  object_class->get_property = briefing_article_row_get_property;
  object_class->set_property = briefing_article_row_set_property;

  widget_class->get_request_mode = briefing_article_row_get_request_mode;
  widget_class->measure = briefing_article_row_measure;
  widget_class->size_allocate = briefing_article_row_size_allocate;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, BRIEFING_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "articlerow");
}

static void
briefing_article_row_init (BriefingArticleRow *self)
{
  self->measured_width = -1;

  gtk_widget_add_css_class (GTK_WIDGET (self), "article-row");
  self->headline = add_label (self, "article-headline");
  gtk_label_set_wrap (self->headline, TRUE);
  gtk_label_set_wrap_mode (self->headline, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->headline, HEADLINE_LINES);
  self->byline = add_label (self, "article-byline");
  self->grade = add_label (self, "grade-badge");
  gtk_label_set_ellipsize (self->grade, PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->grade), FALSE);
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
  g_autofree char *byline = NULL;
  const char *grade_label = NULL;

  g_return_if_fail (BRIEFING_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || BRIEFING_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  if (article != NULL)
    {
      byline = format_byline (article);
      grade = briefing_article_get_source_grade (article);
      grade_label = briefing_source_grade_label (grade);
    }

  self->measured_width = -1;
  gtk_label_set_text (self->headline, article != NULL ? briefing_article_get_headline (article) : "");
  gtk_label_set_text (self->byline, byline != NULL ? byline : "");

  gtk_widget_set_visible (GTK_WIDGET (self->grade), grade != BRIEFING_SOURCE_GRADE_NONE);
  if (grade != BRIEFING_SOURCE_GRADE_NONE)
    {
      g_autofree char *tooltip = NULL;

      gtk_label_set_text (self->grade, briefing_enum_to_nick (BRIEFING_TYPE_SOURCE_GRADE, grade));
      if (grade_label != NULL)
        /* Translators: the tooltip of an article's source grade, e.g. "Source grade: B – usually reliable" */
        tooltip = g_strdup_printf (_("Source grade: %s"), grade_label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->grade), tooltip);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}
