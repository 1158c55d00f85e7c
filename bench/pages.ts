// The news pages of ../shared/corpus/pages the benchmark annotates, each with why it counts as news.
// Chosen from expected-metadata.json: a news or magazine publisher as siteName (or a known news
// domain in the title when siteName is missing), a byline or publishedTime, and an article (not a
// docs page, blog about software, fiction, recipe or markup test case).

export interface NewsPage {
  /** Folder under corpus/pages. */
  name: string;
  /** Why it is news, from its expected-metadata.json. */
  reason: string;
}

export const NEWS_PAGES: readonly NewsPage[] = [
  { name: 'aktualne', reason: 'Aktuálně.cz (Czech news site), byline and publishedTime 2021-11-01' },
  { name: 'ars-1', reason: 'Ars Technica, security news by Dan Goodin' },
  { name: 'bbc-1', reason: 'BBC News, publishedTime 2015-07-24, interview with President Obama' },
  { name: 'breitbart', reason: 'Breitbart, news article dated 2016-12-22' },
  { name: 'bug-1255978', reason: 'The Independent, byline Hazel Sheffield, publishedTime 2015-09-17' },
  { name: 'buzzfeed-1', reason: 'BuzzFeed News report on an inquest' },
  { name: 'citylab-1', reason: 'CityLab (The Atlantic), magazine article with byline' },
  { name: 'cnet', reason: 'CNET news on Facebook, byline Steven Musil' },
  { name: 'cnet-svg-classes', reason: 'CNET en Español news, byline César Salza' },
  { name: 'cnn', reason: 'CNNMoney article with byline Ahiza Garcia' },
  { name: 'engadget', reason: 'Engadget, review with byline and publishedTime 2017-11-03' },
  { name: 'folha', reason: 'Folha de S.Paulo (Brazilian daily), publishedTime 2018-12-21, mentions Lula' },
  { name: 'gmw', reason: '光明网 Guangming Online (Chinese state daily), byline 肖春芳' },
  { name: 'guardian-1', reason: 'the Guardian, publishedTime 2019-01-03' },
  { name: 'heise', reason: 'heise Mac & i, tech news' },
  { name: 'herald-sun-1', reason: 'Herald Sun (Australian daily), byline Joe Hildebrand, federal government story' },
  { name: 'la-nacion', reason: 'La Nación (Argentine daily) opinion article on the Mapuche question' },
  { name: 'lemonde-1', reason: 'Le Monde.fr, parliament passes the intelligence bill' },
  { name: 'liberation-1', reason: 'Libération.fr, publishedTime 2015-04-30, Laurent Fabius' },
  { name: 'medicalnewstoday', reason: 'Medical News Today, health news with byline' },
  { name: 'msn', reason: 'MSN news, byline Alex Perry' },
  { name: 'nytimes-1', reason: 'New York Times: United States to Lift Sudan Sanctions' },
  { name: 'nytimes-2', reason: 'New York Times DealBook, byline Steven Davidoff Solomon' },
  { name: 'nytimes-3', reason: 'New York Times metro news, byline Corey Kilgannon' },
  { name: 'nytimes-4', reason: 'New York Times economy news on government debt' },
  { name: 'nytimes-5', reason: 'The New York Times en Español, byline Tariq Panja' },
  { name: 'qq', reason: '腾讯网 Tencent News technology article' },
  { name: 'quanta-1', reason: 'Quanta Magazine, science journalism with byline' },
  { name: 'salon-1', reason: 'Salon news magazine, byline Joanna Rothkopf' },
  { name: 'schema-org-context-object', reason: 'NBC News, publishedTime 2024-12-06, South Korean president' },
  { name: 'seattletimes-1', reason: 'The Seattle Times, publishedTime 2019-04-28' },
  { name: 'telegraph', reason: 'The Telegraph: Zimbabwe coup, Robert Mugabe' },
  { name: 'theverge', reason: 'The Verge, byline Alex Heath, publishedTime 2023-06-07' },
  { name: 'tmz-1', reason: 'TMZ entertainment news' },
  { name: 'videos-2', reason: 'Libération, publishedTime 2017-11-24' },
  { name: 'wapo-1', reason: 'Washington Post, byline Erin Cunningham, attack in Tunisia' },
  { name: 'wapo-2', reason: 'Washington Post, byline Steven Mufson, Obama and Netanyahu' },
  { name: 'webmd-1', reason: 'WebMD health news, byline Brenda Goodman' },
  { name: 'wikia', reason: 'Fandom news article, byline James Akinaka, publishedTime 2017-02-23' },
  { name: 'wordpress', reason: 'WordPress Tavern news, publishedTime 2017-03-09' },
  { name: 'yahoo-2', reason: 'Yahoo News front page with an AP story by Nataliya Vasilyeva' },
  { name: 'yahoo-3', reason: 'Yahoo (ABC News) story, byline Gillian Mohney' },
  { name: 'yahoo-4', reason: 'Yahoo!ニュース (CNET Japan) news' },
  { name: 'youth', reason: '中国青年网 China Youth Net news report' },
];
