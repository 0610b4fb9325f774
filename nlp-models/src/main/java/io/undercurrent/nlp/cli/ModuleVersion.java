package io.undercurrent.nlp.cli;

import io.undercurrent.nlp.SentimentEngine;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the module's version and the shipped model's name. */
final class ModuleVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SentimentEngine.class.getPackage().getImplementationVersion();
        return new String[] {"undercurrent sentiment " + (version == null ? "(development build)" : version)
                + ", default model " + io.undercurrent.nlp.model.SentimentModel.defaultModel().name()};
    }
}
