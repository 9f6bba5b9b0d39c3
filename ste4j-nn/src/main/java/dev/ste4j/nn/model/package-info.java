/**
 * Models by name ({@code mlp}, {@code lenet5}, {@code vgg11}, {@code resnet20}, {@code bnn-mlp},
 * {@code bnn-vgg-small}) with their quantizers chosen by a {@link dev.ste4j.nn.model.ModelConfig}.
 */
package dev.ste4j.nn.model;
