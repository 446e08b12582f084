package dev.snpgate.processor.corpus;

import java.util.ArrayList;
import java.util.List;

/** Every case of the corpus, by theme. */
final class Corpus {

  private Corpus() {}

  static List<CorpusCase> cases() {
    List<CorpusCase> all = new ArrayList<>();
    all.addAll(ShapeCases.cases());
    all.addAll(ValueCases.cases());
    all.addAll(GuestCases.cases());
    all.addAll(OverrideAndMaskCases.cases());
    all.addAll(TextCases.cases());
    all.addAll(LateCases.cases());
    all.addAll(RequirementCases.cases());
    return all;
  }
}
